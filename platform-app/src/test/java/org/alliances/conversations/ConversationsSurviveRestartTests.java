package org.alliances.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;


import org.alliances.AlliancesApplication;
import org.alliances.FreshDatabase;
import org.alliances.TestSupport;
import org.alliances.kernel.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Messages and documents are kept in the database, not in the instance: the platform stopped and started again on the
 * same database (as a production instance is, on its PostgreSQL server) shows them to both partners, as they were.
 * Each instance is a whole application of its own, on a database created for this test on the tests' server.
 */
@SpringBootTest
@Import(TestSupport.class)
class ConversationsSurviveRestartTests {

    @Autowired DataSource testDataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void messagesAndDocumentsAreThereAfterARestart() {
        var url = FreshDatabase.create(testDataSource, "restart");
        ConversationPairs.Pair pair;
        UUID documentId;
        byte[] content = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes();
        try (var first = start(url)) {
            var pairs = first.getBean(ConversationPairs.class);
            pair = pairs.interest("Association qui redémarre", "Entreprise qui redémarre");
            pairs.partnership(pair);
            SignIn.as(pair.association(), "ASSOCIATION");
            first.getBean(Conversations.class).send(pair.conversation(), "Avant l’arrêt.\nDeux lignes.");
            documentId = first.getBean(PartnershipDocuments.class).add(pair.conversation(), "compte-rendu.pdf", content).id();
            SignIn.out();
        }
        try (var second = start(url)) {
            SignIn.as(pair.company(), "COMPANY");
            var conversations = second.getBean(Conversations.class);
            assertThat(conversations.messages(pair.conversation())).extracting(Message::body)
                    .containsExactly("Nous avons une camionnette.", "Avant l’arrêt.\nDeux lignes.");
            assertThat(conversations.unread()).isEqualTo(1);
            var file = second.getBean(PartnershipDocuments.class).download(documentId).orElseThrow();
            assertThat(file.content()).isEqualTo(content);
            assertThat(file.document().fileName()).isEqualTo("compte-rendu.pdf");
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(AlliancesApplication.class, TestSupport.class, ConversationPairs.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0");
    }
}
