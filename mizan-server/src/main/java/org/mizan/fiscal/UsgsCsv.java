package org.mizan.fiscal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cells of the USGS Mineral Commodity Summaries 2024 data release CSV files. The files start with a byte-order
 * mark, quote figures that hold a thousands comma ("7,900"), pad figures with spaces ("1230 "), mark estimates with a
 * leading {@code e}, and write "NA", "W" (withheld) or prose where no figure is published: those cells give no
 * figure, never a zero.
 */
public final class UsgsCsv {

    /** How the release is cited. */
    public static final String SOURCE = "USGS Mineral Commodity Summaries 2024 data release, doi:10.5066/P144BA54";

    /** A published figure, and whether USGS marks it as an estimate. */
    public record Figure(BigDecimal value, boolean estimated) {
    }

    private UsgsCsv() {
    }

    /** The column names of a header line, past its byte-order mark. */
    public static List<String> header(String line) {
        return cells(line.replace("\uFEFF", ""));
    }

    public static Optional<Figure> figure(String cell) {
        String text = cell.trim().replace(",", "");
        boolean estimated = text.startsWith("e");
        String digits = estimated ? text.substring(1) : text;
        if (!digits.matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new Figure(new BigDecimal(digits), estimated));
    }

    /** One CSV line's cells (RFC 4180 quoting; no line breaks inside cells in these files). */
    public static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
