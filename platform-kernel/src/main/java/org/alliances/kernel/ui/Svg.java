package org.alliances.kernel.ui;

/** Small helpers for the SVG drawings rendered on the server (charts and maps carry their own text alternative). */
public final class Svg {

    private Svg() {
    }

    /** Escapes a text for an SVG element or attribute. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
