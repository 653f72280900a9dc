package org.alliances.kernel.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail through Spring Mail when a mail host is configured ({@code spring.mail.host}); writes it to the log
 * otherwise, and keeps it in the {@link Outbox} (as well as sending it when {@code alliances.mail.outbox} is true: the
 * demo). In the kernel because several modules write to members: the notification centre, the accounts (links).
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final Outbox outbox;

    private final boolean outboxAlways;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${alliances.mail.from:noreply@alliances.localhost}") String from,
           Outbox outbox, @Value("${alliances.mail.outbox:false}") boolean outboxAlways) {
        this.sender = sender;
        this.outbox = outbox;
        this.outboxAlways = outboxAlways;
        this.from = from;
    }

    public void send(String to, String subject, String text) {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.info("E-mail (no mail host configured) to {}: {}\n{}", to, subject, text);
            outbox.add(to, subject, text);
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        mailSender.send(message);
        if (outboxAlways) {
            outbox.add(to, subject, text);
        }
    }
}
