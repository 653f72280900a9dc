package org.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The same hostile inputs as the forms' battery, sent over real HTTP to every REST endpoint (the open data, the
 * observatory's exports behind the sign-in), to the login and to routes that take a parameter: no answer may fail on
 * the server, show a stack trace or echo the input unescaped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSupport.class)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTests {

    static final String MARKUP = "<img src=x onerror=alert(1)>";
    static final List<String> PAYLOADS = List.of(MARKUP, "Texte\u0000nul", "Ligne\r\nSet-Cookie: forged=1", "Nom \u202Eevil",
            "x".repeat(5_000), "../../etc/passwd", "' or 1=1 --", "%00%0d%0a");

    /** Where a payload goes: {} in a path or a query. */
    static final List<String> ADDRESSES = List.of(
            "api/open-data/areas/{}", "api/open-data/areas/D69?lang={}", "api/open-data/areas/D69/tables/{}.json",
            "api/open-data/areas/D69/tables/{}.csv", "api/open-data/areas/{}/map", "api/open-data/areas/D69/map?figure={}",
            "api/observatory/{}/partnerships-by-model.csv", "api/observatory/D69/{}.json", "api/observatory/D69/partnerships-by-model.csv?lang={}",
            "{}", "besoin/{}", "partenariat/{}", "invitation/{}", "mot-de-passe/nouveau/{}", "adresse/confirmer/{}", "ressource/{}");

    @LocalServerPort int port;
    @Autowired TestMembers members;

    @Test
    void noEndpointFailsOrEchoesWhatItWasSent(CapturedOutput output) throws Exception {
        members.ensureExist();
        var visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var agent = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(signIn(agent, TestMembers.LOCAL_AUTHORITY, TestData.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        var export = agent.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/observatory/D69/partnerships-by-model.csv"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).as("the agent's own export").isEqualTo(200);
        assertThat(output.getOut()).contains("Security event observatory-export account=");
        for (var address : ADDRESSES) {
            for (var payload : PAYLOADS) {
                var uri = URI.create("http://localhost:" + port + "/" + address.replace("{}", encoded(payload)));
                for (var client : List.of(visitor, agent)) {
                    var response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                    expectSafe(response, address + " ← " + printable(payload));
                }
            }
        }
    }

    @Test
    void theLoginAnswersHostileNamesAndPasswordsLikeAnyWrongOne() throws Exception {
        for (var payload : PAYLOADS) {
            var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            var response = signIn(client, payload, payload);
            expectSafe(response, "login ← " + printable(payload));
            assertThat(response.statusCode()).as("login ← " + printable(payload)).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as("login ← " + printable(payload))
                    .hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
        }
    }

    private HttpResponse<String> signIn(HttpClient client, String login, String password) throws Exception {
        var form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expectSafe(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what + ": answered without a server error").isLessThan(500);
        var body = response.body();
        assertThat(body).as(what + ": no echo").doesNotContain(MARKUP).doesNotContain("onerror=alert");
        assertThat(body).as(what + ": no stack trace").doesNotContain("Exception").doesNotContain("\tat org.");
        response.headers().map().forEach((name, values) -> assertThat(values).as(what + ": no header forged")
                .noneMatch(value -> value.contains("forged")));
        if (response.statusCode() >= 400 && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
            assertThat(body).as(what + ": a fixed message").contains("\"error\"");
        }
    }

    private static String encoded(String payload) {
        return URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String printable(String payload) {
        var shown = payload.length() > 40 ? payload.substring(0, 20) + "…(" + payload.length() + ")" : payload;
        return shown.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
    }
}
