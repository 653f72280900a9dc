package org.alliances.observatory;

/** The figures a map can be coloured by. */
public enum MapFigure {
    PARTNERSHIPS(Metric.PARTNERSHIPS_STARTED, null),
    MATCHES(Metric.MATCHES, null),
    NEEDS_PUBLISHED(Metric.NEEDS_PUBLISHED, null),
    OPEN_NEEDS(Metric.NEEDS, "PUBLISHED"),
    ORGANIZATIONS(Metric.ORGANIZATIONS, null),
    DIAGNOSES(Metric.DIAGNOSES, null);

    private final Metric metric;
    private final String dimension;

    MapFigure(Metric metric, String dimension) {
        this.metric = metric;
        this.dimension = dimension;
    }

    public Metric metric() {
        return metric;
    }

    /** The figure in an area's figures (every dimension added up, unless one is named). */
    public long of(Figures figures) {
        return dimension == null ? figures.total(metric) : figures.count(metric, dimension);
    }

    /** The open data's name of the cell it colours by ({@link PublishedCells}). */
    String item() {
        return switch (this) {
            case PARTNERSHIPS -> PublishedCells.PARTNERSHIPS;
            case ORGANIZATIONS -> PublishedCells.ORGANIZATIONS;
            case OPEN_NEEDS -> PublishedCells.item(Metric.NEEDS, dimension);
            default -> metric.name();
        };
    }

    public String labelKey() {
        return "observatory.map-figure." + name();
    }
}
