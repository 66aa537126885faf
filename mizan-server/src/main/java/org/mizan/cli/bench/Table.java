package org.mizan.cli.bench;

import java.util.List;

/**
 * A custody table as the raw paths write it: columns in order, with the SQL type each text value is
 * cast to in a batched INSERT (COPY needs no casts: it parses text by the column's own type).
 */
record Table(String name, List<String> columns, List<String> types) {

    static final Table CUSTODY_EVENT = new Table("custody_event",
            List.of("seq", "event_id", "type", "actor", "event_time", "recorded_at", "body", "facts", "submitted_by"),
            List.of("bigint", "text", "text", "text", "timestamptz", "timestamptz", "jsonb", "jsonb", "text"));
    static final Table LOT = new Table("lot",
            List.of("id", "material", "form", "gross_g", "available_g", "grades", "site", "custodian", "owner", "status",
                    "transit", "last_time", "origin", "created_seq", "updated_seq"),
            List.of("text", "text", "text", "bigint", "bigint", "jsonb", "text", "text", "text", "text",
                    "jsonb", "timestamptz", "jsonb", "bigint", "bigint"));
    static final Table LOT_EVENT = new Table("lot_event", List.of("lot_id", "seq"), List.of("text", "bigint"));
    static final Table LOT_READER = new Table("lot_reader", List.of("lot_id", "reader"), List.of("text", "text"));
    static final Table LOT_EDGE = new Table("lot_edge", List.of("parent", "child", "seq", "mass_g"),
            List.of("text", "text", "bigint", "bigint"));

    String copySql() {
        return "copy " + name + " (" + String.join(", ", columns) + ") from stdin";
    }

    String insertSql() {
        return "insert into " + name + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", types.stream().map(t -> "cast(? as " + t + ")").toList()) + ")";
    }

    String selectText() {
        return String.join(", ", columns.stream().map(c -> c + "::text").toList());
    }

    /** Appends one row in COPY's text format: tab-separated, \N for null, with the format's escapes. */
    static void appendCopyLine(StringBuilder out, String[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String v = row[i];
            if (v == null) {
                out.append("\\N");
                continue;
            }
            for (int k = 0; k < v.length(); k++) {
                char ch = v.charAt(k);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }
}
