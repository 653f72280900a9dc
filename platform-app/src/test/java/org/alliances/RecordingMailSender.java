package org.alliances;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A mail sender that keeps what it is asked to send, so tests read the e-mails instead of a mail server. */
public class RecordingMailSender extends JavaMailSenderImpl {

    private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(SimpleMailMessage... messages) {
        sent.addAll(List.of(messages));
    }

    public List<SimpleMailMessage> sentTo(String address) {
        return sent.stream().filter(m -> m.getTo() != null && List.of(m.getTo()).contains(address)).toList();
    }

    /** The e-mails sent to the address whose subject contains the words, oldest first. */
    public List<SimpleMailMessage> sentTo(String address, String subjectWords) {
        return sentTo(address).stream().filter(m -> m.getSubject() != null && m.getSubject().contains(subjectWords)).toList();
    }
}
