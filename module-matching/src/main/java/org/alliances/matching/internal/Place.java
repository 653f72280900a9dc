package org.alliances.matching.internal;

/** A place as the proximity rule reads it (same commune, EPCI, département, région), each level as a small code. */
public record Place(int municipality, int epci, int department, int region) {

    /** Same commune 0, same EPCI 1, same département 2, same région 3, national 4: the kernel's rule on compact codes. */
    static int proximity(int municipality, int epci, int department, int region,
                         int otherMunicipality, int otherEpci, int otherDepartment, int otherRegion) {
        if (municipality == otherMunicipality) {
            return 0;
        }
        if (epci >= 0 && epci == otherEpci) {
            return 1;
        }
        if (department == otherDepartment) {
            return 2;
        }
        return region == otherRegion ? 3 : 4;
    }
}
