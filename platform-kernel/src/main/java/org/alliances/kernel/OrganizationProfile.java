package org.alliances.kernel;

/**
 * What an association or a company may change about itself; its type and identifier stay as registered.
 *
 * @param sector and {@code sizeBand}: for a company, ignored otherwise
 */
public record OrganizationProfile(String name, String communeCode, Sector sector, SizeBand sizeBand) {

    /** The organisation's name, as members and partners read it. */
    public static final TextColumn NAME = TextColumn.line("kernel_organization", "name", 200);
}
