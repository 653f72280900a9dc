package org.alliances.kernel.runtime;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The platform's public address, to write the links sent by e-mail ({@code alliances.base-url}); read when a link is
 * written, so that a default on this machine names the port the server really took.
 */
@Component
public class Links {

    private final Environment environment;

    Links(Environment environment) {
        this.environment = environment;
    }

    /** The absolute address of a page of the platform, for example {@code to("mot-de-passe/nouveau", token)}. */
    public String to(String route, String... parts) {
        var baseUrl = environment.getProperty("alliances.base-url", "http://localhost:8080");
        if (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        var link = new StringBuilder(baseUrl).append('/').append(route);
        for (var part : parts) {
            link.append('/').append(part);
        }
        return link.toString();
    }
}
