package org.alliances.platform.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * A window's elements as the Vaadin client keeps them: the server's changes (UIDL {@code changes}) applied to a map of
 * state nodes, so that a virtual user can find a field by its label or a button by its text, as a person would.
 */
final class ElementTree {

    static final int DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    static final int VIRTUAL_CHILDREN = 24;

    /** A state node: its features' values, and its children's ids. */
    static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonNode>> features = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String tag() {
            return string(DATA, "tag");
        }

        String property(String name) {
            return string(PROPERTIES, name);
        }

        String attribute(String name) {
            return string(ATTRIBUTES, name);
        }

        Optional<String> listener(String event) {
            return Optional.ofNullable(features.getOrDefault(LISTENERS, Map.of()).get(event)).map(JsonNode::asString);
        }

        private String string(int feature, String key) {
            var value = features.getOrDefault(feature, Map.of()).get(key);
            return value == null || !value.isValueNode() ? null : value.asString();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    void apply(JsonNode uidl) {
        var given = uidl.get("constants");
        if (given != null) {
            given.properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
        }
        var changes = uidl.get("changes");
        if (changes == null) {
            return;
        }
        for (var change : changes) {
            var node = node(change.get("node").asInt());
            switch (change.get("type").asString()) {
                case "attach" -> { }
                case "detach" -> nodes.remove(node.id);
                case "put" -> node.features.computeIfAbsent(change.get("feat").asInt(), any -> new HashMap<>())
                        .put(change.get("key").asString(), change.has("nodeValue") ? change.get("nodeValue") : change.path("value"));
                case "remove" -> node.features.getOrDefault(change.get("feat").asInt(), new HashMap<>()).remove(change.get("key").asString());
                case "clear" -> {
                    if (change.get("feat").asInt() == CHILDREN) {
                        node.children.clear();
                    } else if (change.get("feat").asInt() == VIRTUAL_CHILDREN) {
                        node.virtualChildren.clear();
                    } else {
                        node.features.remove(change.get("feat").asInt());
                    }
                }
                case "splice" -> splice(node, change);
                default -> { }
            }
        }
    }

    private void splice(Node node, JsonNode change) {
        var list = switch (change.get("feat").asInt()) {
            case CHILDREN -> node.children;
            case VIRTUAL_CHILDREN -> node.virtualChildren;
            default -> null;
        };
        if (list == null) {
            return;
        }
        int index = change.get("index").asInt();
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < list.size(); i++) {
            list.remove(index);
        }
        var added = change.get("addNodes");
        if (added != null) {
            int at = index;
            for (var id : added) {
                list.add(at++, id.asInt());
                node(id.asInt());
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    /** The event data expressions a listener asks for (the constant its listener entry names). */
    List<String> eventData(Node node, String event) {
        var expressions = new ArrayList<String>();
        node.listener(event).map(constants::get).ifPresent(constant -> constant.properties().forEach(entry -> {
            if (!entry.getKey().isEmpty() && Character.isLetter(entry.getKey().charAt(0))) {
                expressions.add(entry.getKey());
            }
        }));
        return expressions;
    }

    /** The text a person reads in the element: its text nodes and its descendants', in order. */
    String text(Node node) {
        var text = new StringBuilder();
        var own = node.features.getOrDefault(TEXT, Map.of()).get("text");
        if (own != null && own.isValueNode()) {
            text.append(own.asString());
        }
        for (var child : node.children) {
            var element = nodes.get(child);
            if (element != null) {
                text.append(text(element));
            }
        }
        return text.toString();
    }

    /** The elements attached to the window (reachable from the UI's body) that match. */
    List<Node> find(Predicate<Node> wanted) {
        var found = new ArrayList<Node>();
        var body = nodes.get(1);
        if (body != null) {
            collect(body, wanted, found, 0);
        }
        return found;
    }

    private void collect(Node node, Predicate<Node> wanted, List<Node> found, int depth) {
        if (depth > 200) {
            return;
        }
        if (wanted.test(node)) {
            found.add(node);
        }
        for (var children : List.of(node.children, node.virtualChildren)) {
            for (var child : children) {
                var element = nodes.get(child);
                if (element != null) {
                    collect(element, wanted, found, depth + 1);
                }
            }
        }
    }

    Optional<Node> first(Predicate<Node> wanted) {
        return find(wanted).stream().findFirst();
    }

    int size() {
        return nodes.size();
    }
}
