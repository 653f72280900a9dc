package org.alliances.demo;

import java.util.UUID;

import org.alliances.conversations.Conversations;
import org.alliances.kernel.Roles;
import org.springframework.stereotype.Component;

/**
 * A few messages between the demo association and the demo company in their van-loan partnership, the last one not
 * yet read by the association: "Messages" and the conversation page have something to show.
 */
@Component
class DemoConversations {

    private final Conversations conversations;

    DemoConversations(Conversations conversations) {
        this.conversations = conversations;
    }

    /** Waits for the partnership's conversation (opened by its listener), then writes in it as each side. */
    void vanLoanTalk(UUID partnershipId, String associationLogin, String companyLogin) {
        var conversation = new UUID[1];
        DemoData.as(associationLogin, Roles.ASSOCIATION, () -> conversation[0] = awaitConversation(partnershipId));
        DemoData.as(companyLogin, Roles.COMPANY, () -> conversations.send(conversation[0],
                "Bonjour ! La camionnette est disponible les samedis de mars. Combien de bacs faut-il transporter ?"));
        DemoData.as(associationLogin, Roles.ASSOCIATION, () -> conversations.send(conversation[0],
                "Merci ! Une douzaine de bacs, vers le jardin partagé.\nLe plan d’accès : https://www.openstreetmap.org/#map=16/45.75/4.85"));
        DemoData.as(companyLogin, Roles.COMPANY, () -> conversations.send(conversation[0],
                "Entendu pour samedi 9 h. Pouvez-vous nous envoyer le projet de convention ?"));
    }

    private UUID awaitConversation(UUID partnershipId) {
        for (int attempt = 0; attempt < 200; attempt++) {
            var found = conversations.ofPartnership(partnershipId);
            if (found.isPresent()) {
                return found.get().id();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("The demo partnership's conversation did not open");
    }
}
