package org.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Every route of the access table answers with the protective headers, over real HTTP, to a visitor and to a
 * signed-in member: a Content-Security-Policy Vaadin works with that forbids framing, nosniff, a same-origin referrer,
 * no caching; HSTS only when a proxy says the client came over TLS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
class HeadersTests {

    @LocalServerPort int port;
    @Autowired TestMembers members;

    @Test
    void everyRouteCarriesTheHeadersForVisitorsAndMembers() throws Exception {
        var visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var member = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var email = members.newAssociation("Association des en-têtes", "69123");
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8);
        var login = member.send(HttpRequest.newBuilder(uri("login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

        for (var route : AccessTableTests.TABLE.keySet()) {
            expectHeaders(visitor.send(HttpRequest.newBuilder(uri(route)).build(), HttpResponse.BodyHandlers.discarding()), route);
            expectHeaders(member.send(HttpRequest.newBuilder(uri(route)).build(), HttpResponse.BodyHandlers.discarding()), route);
        }
        expectHeaders(visitor.send(HttpRequest.newBuilder(uri("api/open-data/areas/unknown")).build(),
                HttpResponse.BodyHandlers.discarding()), "api");

        var plain = visitor.send(HttpRequest.newBuilder(uri("login")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        var overTls = visitor.send(HttpRequest.newBuilder(uri("login")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
    }

    private URI uri(String route) {
        return URI.create("http://localhost:" + port + "/" + route);
    }

    private static void expectHeaders(HttpResponse<?> response, String route) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(route).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'").contains("default-src 'self'").contains("object-src 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(route).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(route).hasValue("same-origin");
        assertThat(headers.firstValue("Cache-Control")).as(route).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }
}
