package org.alliances.kernel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.alliances.kernel.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

/** Without a mail host, the log says an e-mail's kind and a masked recipient, never its text; the text goes elsewhere. */
@ExtendWith(OutputCaptureExtension.class)
class MailerTests {

    final Outbox outbox = new Outbox(new MutableClock());

    @Test
    void theLogNamesNeitherTheRecipientNorTheLink(CapturedOutput output, @TempDir Path folder) throws Exception {
        var file = folder.resolve("mails.txt");
        var mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "noreply@test.fr", outbox,
                false, file.toString());

        mailer.send("password-reset", "camille.martin@example.fr", "Alliances : choisir un nouveau mot de passe",
                "Bonjour Camille,\nhttp://localhost:8080/mot-de-passe/nouveau/SECRET-TOKEN");

        assertThat(output.getOut()).contains("E-mail password-reset to c***@example.fr not sent")
                .doesNotContain("camille.martin").doesNotContain("SECRET-TOKEN").doesNotContain("Bonjour");
        assertThat(outbox.latest()).singleElement().satisfies(mail -> assertThat(mail.text()).contains("SECRET-TOKEN"));
        assertThat(Files.readString(file)).contains("To: camille.martin@example.fr").contains("SECRET-TOKEN");
    }

    @Test
    void aMaskedAddressKeepsItsFirstLetterAndDomain() {
        assertThat(Mailer.masked("ana@example.fr")).isEqualTo("a***@example.fr");
        assertThat(Mailer.masked("not an address")).isEqualTo("***");
    }
}
