package org.alliances.kernel.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail through Spring Mail when a mail host is configured ({@code spring.mail.host}). Without one, the log
 * says only the e-mail's kind and a masked recipient (never its text: it holds names and single-use links); the text
 * goes to the {@link Outbox} (the demo's page) and, when the operator chooses one, to a file
 * ({@code alliances.mail.file}). In the kernel because several modules write to members.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final Outbox outbox;
    private final boolean outboxAlways;
    private final String file;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${alliances.mail.from:noreply@alliances.localhost}") String from,
           Outbox outbox, @Value("${alliances.mail.outbox:false}") boolean outboxAlways, @Value("${alliances.mail.file:}") String file) {
        this.sender = sender;
        this.from = from;
        this.outbox = outbox;
        this.outboxAlways = outboxAlways;
        this.file = file;
    }

    /**
     * Sends an e-mail.
     *
     * @param kind what it is ("invitation", "password-reset"…), the only thing the log says of it with the masked recipient
     */
    public void send(String kind, String to, String subject, String text) {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.info("E-mail {} to {} not sent: no mail host is configured", kind, masked(to));
            outbox.add(to, subject, text);
            writeToFile(to, subject, text);
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        mailSender.send(message);
        log.info("E-mail {} sent to {}", kind, masked(to));
        if (outboxAlways) {
            outbox.add(to, subject, text);
        }
    }

    /** "c***@example.fr": enough to tell two recipients apart in the log, not enough to name one. */
    static String masked(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    private void writeToFile(String to, String subject, String text) {
        if (file.isBlank()) {
            return;
        }
        var entry = "To: " + to + "\nSubject: " + subject + "\n\n" + text + "\n\n----\n";
        try {
            Files.writeString(Path.of(file), entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the e-mail to " + file, e);
        }
    }
}
