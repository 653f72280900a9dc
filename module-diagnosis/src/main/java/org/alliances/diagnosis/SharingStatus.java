package org.alliances.diagnosis;

import java.util.UUID;

import org.alliances.kernel.OrganizationType;

/** Whether an organisation and another one share their diagnosis, each way. */
public record SharingStatus(UUID organizationId, String organizationName, OrganizationType organizationType,
                            boolean sharedByMe, boolean sharedWithMe) {

    /** Both agreed: the gap view is open to both. */
    public boolean mutual() {
        return sharedByMe && sharedWithMe;
    }
}
