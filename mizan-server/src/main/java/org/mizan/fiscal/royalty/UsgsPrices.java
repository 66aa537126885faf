package org.mizan.fiscal.royalty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.mizan.fiscal.UsgsCsv;
import org.mizan.log.fiscal.PriceUnit;

/**
 * Reads the price columns of the USGS Mineral Commodity Summaries 2024 salient tables; a cell that gives no
 * figure (see {@link UsgsCsv}) gives no price, never a zero.
 */
final class UsgsPrices {

    static final String SOURCE = UsgsCsv.SOURCE;

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
            List<String> names = UsgsCsv.header(header);
            int price = names.indexOf(column.column());
            int year = names.indexOf("Year");
            if (price < 0 || year < 0) {
                throw new IllegalArgumentException(column.file() + " has no column " + column.column() + " or Year");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> cells = UsgsCsv.cells(line);
                if (cells.size() <= price || cells.get(year).isBlank()) {
                    continue;
                }
                int y = Integer.parseInt(cells.get(year).trim());
                UsgsCsv.figure(cells.get(price)).ifPresent(f -> out.add(new PriceRow("usgs-" + column.item().toLowerCase(java.util.Locale.ROOT)
                        + "-" + y, column.item(), y, f.value(), column.unit(), SOURCE + ", " + column.file() + " column " + column.column(),
                        PriceRow.Confidence.OFFICIAL, f.estimated())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
