package org.alliances.conversations.ui;

import java.util.regex.Pattern;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A message's text as its readers see it: plain text, its lines kept, and its web addresses made into links that open
 * elsewhere. Nothing a member types becomes markup; only {@code http://} and {@code https://} addresses are links.
 */
final class MessageText {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than the address before it. */
    private static final String TRAILING = ".,;:!?)»’'";

    private MessageText() {
    }

    static Paragraph of(String body) {
        var paragraph = new Paragraph();
        paragraph.addClassName("message-body");
        var matcher = ADDRESS.matcher(body);
        int written = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING.indexOf(body.charAt(end - 1)) >= 0) {
                end--;
            }
            if (matcher.start() > written) {
                paragraph.add(new Text(body.substring(written, matcher.start())));
            }
            var address = body.substring(matcher.start(), end);
            var link = new Anchor(address, address, AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            paragraph.add(link);
            written = end;
        }
        if (written < body.length()) {
            paragraph.add(new Text(body.substring(written)));
        }
        return paragraph;
    }
}
