package org.alliances.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliances.kernel.runtime.Outbox;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's people read their e-mails in the demo's outbox: the token of the latest link of a page sent to an
 * address, as a person would click it (confirming an address, accepting an invitation).
 */
@Component
@Profile("demo")
class DemoMailbox {

    private final Outbox outbox;

    DemoMailbox(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The token of the latest link to {@code route} sent to the address. */
    String latestToken(String address, String route) {
        var link = Pattern.compile("/" + Pattern.quote(route) + "/([A-Za-z0-9_-]+)");
        return outbox.latest().stream().filter(mail -> mail.to().equals(address))
                .map(mail -> link.matcher(mail.text())).filter(Matcher::find).map(matcher -> matcher.group(1)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No link to " + route + " in the outbox for " + address));
    }
}
