package org.alliances.resources.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A published resource as the search index reads it from the module's table: its stored tsvector and its facets. */
record ResourceRow(UUID id, long published, String document, String type, String purpose, String[] audiences,
                   String[] categories, String[] models, String[] themes, String department, Integer year) {

    /** Every published resource the moderation did not hide; add {@code and id = ?} for one. */
    static final String LOAD = "select id, extract(epoch from published_at) * 1000000 as published, document::text as document, type, "
            + "purpose, audiences, categories, models, themes, department_code, year from resources_resource where status = 'PUBLISHED' "
            + "and hidden_reason is null";

    static ResourceRow of(ResultSet rs) throws SQLException {
        return new ResourceRow(rs.getObject("id", UUID.class), rs.getLong("published"), rs.getString("document"), rs.getString("type"),
                rs.getString("purpose"), strings(rs.getArray("audiences")), strings(rs.getArray("categories")),
                strings(rs.getArray("models")), strings(rs.getArray("themes")), rs.getString("department_code"),
                (Integer) rs.getObject("year"));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
