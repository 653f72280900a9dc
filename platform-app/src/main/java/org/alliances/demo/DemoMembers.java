package org.alliances.demo;

import java.util.Locale;

import org.alliances.accounts.InvitationAcceptance;
import org.alliances.accounts.Memberships;
import org.alliances.kernel.Roles;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's colleagues, made the way a person would: the demo association's responsable invites a volunteer, who
 * accepts through the link of the e-mail (read from the demo's outbox), and invites another who has not answered yet;
 * the demo local authority's agent invites a second agent of the same territory, who accepts.
 */
@Component
@Profile("demo")
class DemoMembers {

    static final String VOLUNTEER_EMAIL = "benevole@demo.alliances.fr";
    static final String INVITED_EMAIL = "tresoriere@demo.alliances.fr";
    static final String SECOND_AGENT_EMAIL = "agent2.collectivite@demo.alliances.fr";


    private final Memberships memberships;
    private final InvitationAcceptance acceptance;
    private final DemoMailbox mailbox;

    DemoMembers(Memberships memberships, InvitationAcceptance acceptance, DemoMailbox mailbox) {
        this.memberships = memberships;
        this.acceptance = acceptance;
        this.mailbox = mailbox;
    }

    void colleagues(String password) {
        DemoData.as(DemoData.ASSOCIATION_EMAIL, Roles.ASSOCIATION, () -> {
            memberships.invite(VOLUNTEER_EMAIL, "demo", Locale.FRENCH);
            memberships.invite(INVITED_EMAIL, "demo", Locale.FRENCH);
        });
        join(VOLUNTEER_EMAIL, "Camille Bénévole", password);
        DemoData.as(DemoData.AUTHORITY_EMAIL, Roles.LOCAL_AUTHORITY, () -> memberships.invite(SECOND_AGENT_EMAIL, "demo", Locale.FRENCH));
        join(SECOND_AGENT_EMAIL, "Dominique Agent", password);
    }

    /** Accepts the latest invitation sent to the address, through the link of its e-mail. */
    private void join(String email, String name, String password) {
        acceptance.joinAsNewMember(mailbox.latestToken(email, InvitationAcceptance.ROUTE), name, password, password);
    }
}
