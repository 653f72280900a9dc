package org.alliances.accounts.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The platform's public address, to write the links sent by e-mail ({@code alliances.base-url}). */
@Component
public class Links {

    private final String baseUrl;

    Links(@Value("${alliances.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The absolute address of a page of the platform, for example {@code to("mot-de-passe/nouveau", token)}. */
    public String to(String route, String... parts) {
        var link = new StringBuilder(baseUrl).append('/').append(route);
        for (var part : parts) {
            link.append('/').append(part);
        }
        return link.toString();
    }
}
