package io.igbridge.support;

import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Searches every column of every table of the service's database (text and bytes alike) for a string. */
public final class EveryColumn {

    private final JdbcTemplate jdbc;

    public EveryColumn(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tables of the service's schema (Flyway's history left out). */
    public List<String> tables() {
        return jdbc.execute((java.sql.Connection connection) -> {
            List<String> tables = new ArrayList<>();
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet rs = metaData.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String table = rs.getString("TABLE_NAME");
                    if ("public".equalsIgnoreCase(schema) && !table.startsWith("flyway_")) {
                        tables.add(table);
                    }
                }
            }
            return tables;
        });
    }

    /** Where {@code text} is stored: "table.column" of each cell holding it, as text or as UTF-8 bytes. */
    public List<String> holding(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        for (String table : tables()) {
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                row.forEach((column, value) -> {
                    if (value instanceof String string && string.contains(text)
                            || value instanceof byte[] raw && new String(raw, StandardCharsets.UTF_8).contains(
                                    new String(bytes, StandardCharsets.UTF_8))) {
                        found.add(table + "." + column);
                    }
                });
            }
        }
        return found;
    }
}
