package org.alliances.platform.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser window of a virtual member, speaking Vaadin's own protocol as its client does: the login form posted
 * with Spring's CSRF token, the UI created ({@code v-r=init}), then every action a UIDL request carrying the
 * window's security key ({@code Vaadin-Security-Key}), the server's {@code syncId} and the client's {@code clientId};
 * the server's changes kept in an {@link ElementTree}. Each exchange is timed and told to the {@link Recorder}.
 */
final class UiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** What a journey could not do: the screen did not show what a member would have used. */
    static final class JourneyFailed extends RuntimeException {

        /** Whether a request failed (already counted by the recorder), rather than the screen lacking something. */
        final boolean byRequest;

        JourneyFailed(String message) {
            this(message, false);
        }

        JourneyFailed(String message, boolean byRequest) {
            super(message, null, false, false);
            this.byRequest = byRequest;
        }
    }

    private final HttpClient http;
    private final String base;
    private final Recorder recorder;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private ElementTree tree = new ElementTree();
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;
    private int history;
    private boolean sessionClosed;
    private boolean expectingSessionEnd;

    UiClient(HttpClient http, String base, Recorder recorder) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
    }

    /** Signs in at the login page, then opens the home page ("Mon espace") as the browser does after the redirect. */
    void signIn(String email, String password) {
        var page = send("connexion : page", HttpRequest.newBuilder(URI.create(base + "login")).GET());
        var token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new JourneyFailed("no CSRF token on the login page");
        }
        var form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        var posted = send("connexion : envoi", HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        var location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error")) {
            throw new JourneyFailed("sign-in refused for a demo account");
        }
        send("accueil : page", HttpRequest.newBuilder(URI.create(base)).GET());
        var init = send("accueil : init", HttpRequest.newBuilder(URI.create(base + "?v-r=init&location=&query=")).GET());
        var config = JSON.readTree(init.body()).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        var uidl = config.get("uidl");
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        tree = new ElementTree();
        accept(uidl);
        navigate("accueil", "");
    }

    /** Follows a link of the menu or the page: the client's router asks the server for the view. */
    void navigate(String screen, String route) {
        var data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", ++history);
        rpc(screen, event(1, "ui-navigate", data));
    }

    /** Types a value in a field and leaves it, as the field's client sends it (property, then its change events). */
    void type(String screen, ElementTree.Node field, String value) {
        var calls = new java.util.ArrayList<JsonNode>();
        calls.add(JSON.createObjectNode().put("type", "mSync").put("node", field.id).put("feature", ElementTree.PROPERTIES).put("property", "value")
                .put("value", value));
        for (var event : new String[] {"value-changed", "input", "change"}) {
            if (field.listener(event).isPresent()) {
                calls.add(event(field.id, event, eventData(field, event)));
            }
        }
        rpc(screen, calls.toArray(JsonNode[]::new));
    }

    void click(String screen, ElementTree.Node element) {
        rpc(screen, event(element.id, "click", eventData(element, "click")));
    }

    /** Clicks the logout button: the server closes the session, and says so. */
    void signOut(ElementTree.Node button) {
        expectingSessionEnd = true;
        click("déconnexion", button);
        if (!sessionClosed) {
            throw new JourneyFailed("the session outlived the logout");
        }
    }

    ElementTree.Node require(String what, Predicate<ElementTree.Node> wanted) {
        return tree.first(wanted).orElseThrow(() -> new JourneyFailed("not on the screen: " + what));
    }

    ElementTree tree() {
        return tree;
    }

    private ObjectNode eventData(ElementTree.Node node, String event) {
        var data = JSON.createObjectNode();
        for (var expression : tree.eventData(node, event)) {
            if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else {
                data.put(expression, expression.equals("event.detail") ? 1 : 0);
            }
        }
        return data;
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        var call = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        call.set("data", data);
        return call;
    }

    private void rpc(String screen, JsonNode... calls) {
        var body = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = body.putArray("rpc");
        for (var call : calls) {
            rpc.add(call);
        }
        body.put("syncId", syncId).put("clientId", clientId);
        var response = send(screen, HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        var text = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
        var uidl = JSON.readTree(text);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        var meta = uidl.path("meta");
        sessionClosed = meta.has("sessionExpired");
        if (meta.has("appError") || sessionClosed && !expectingSessionEnd) {
            recorder.failed("the server's error on " + screen + ": " + meta);
            throw new JourneyFailed("the server answered with an error on " + screen + ": " + meta);
        }
        accept(uidl);
    }

    private void accept(JsonNode uidl) {
        syncId = uidl.path("syncId").asInt(syncId);
        clientId = uidl.path("clientId").asInt(clientId);
        tree.apply(uidl);
    }

    private HttpResponse<String> send(String screen, HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        request.timeout(Duration.ofSeconds(30));
        long started = System.nanoTime();
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long took = System.nanoTime() - started;
            response.headers().allValues("Set-Cookie").forEach(this::keep);
            boolean ok = response.statusCode() == 200 || response.statusCode() == 302;
            recorder.record(screen, took, ok);
            if (!ok) {
                recorder.failed("HTTP " + response.statusCode() + " on " + screen);
                throw new JourneyFailed("HTTP " + response.statusCode() + " on " + screen, true);
            }
            return response;
        } catch (IOException e) {
            recorder.record(screen, System.nanoTime() - started, false);
            recorder.failed(e.getClass().getSimpleName() + " on " + screen);
            throw new JourneyFailed(e.getClass().getSimpleName() + " on " + screen, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailed("interrupted");
        }
    }

    private void keep(String header) {
        var pair = header.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals > 0) {
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
