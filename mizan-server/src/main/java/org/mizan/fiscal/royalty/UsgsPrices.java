package org.mizan.fiscal.royalty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mizan.log.fiscal.PriceUnit;

/**
 * Reads the price columns of the USGS Mineral Commodity Summaries 2024 salient tables. The files start
 * with a byte-order mark, quote figures that hold a thousands comma ("7,900"), mark estimates with a
 * leading {@code e}, and write "NA", "W" (withheld) or prose where no figure is published: those cells
 * give no price, never a zero.
 */
final class UsgsPrices {

    static final String SOURCE = "USGS Mineral Commodity Summaries 2024 data release, doi:10.5066/P144BA54";

    /** Which column of which file gives the price of which item, in which unit. */
    record Column(String file, String column, String item, PriceUnit unit) {
    }

    private UsgsPrices() {
    }

    static List<PriceRow> read(InputStream csv, Column column) {
        List<PriceRow> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null) {
                return out;
            }
            List<String> names = cells(header.replace("\uFEFF", ""));
            int price = names.indexOf(column.column());
            int year = names.indexOf("Year");
            if (price < 0 || year < 0) {
                throw new IllegalArgumentException(column.file() + " has no column " + column.column() + " or Year");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> cells = cells(line);
                if (cells.size() <= price || cells.get(year).isBlank()) {
                    continue;
                }
                int y = Integer.parseInt(cells.get(year).trim());
                figure(cells.get(price)).ifPresent(f -> out.add(new PriceRow("usgs-" + column.item().toLowerCase(java.util.Locale.ROOT)
                        + "-" + y, column.item(), y, f.value(), column.unit(), SOURCE + ", " + column.file() + " column " + column.column(),
                        PriceRow.Confidence.OFFICIAL, f.estimated())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    record Figure(BigDecimal value, boolean estimated) {
    }

    static Optional<Figure> figure(String cell) {
        String text = cell.trim().replace(",", "");
        boolean estimated = text.startsWith("e");
        String digits = estimated ? text.substring(1) : text;
        if (!digits.matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new Figure(new BigDecimal(digits), estimated));
    }

    /** One CSV line's cells (RFC 4180 quoting; no line breaks inside cells in these files). */
    static List<String> cells(String line) {
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
