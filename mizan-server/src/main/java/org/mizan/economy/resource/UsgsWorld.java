package org.mizan.economy.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.economy.YearsOfSupply;
import org.mizan.fiscal.UsgsCsv;

/**
 * Pakistan's row of a USGS MCS 2024 world production and reserves table: the latest year's mine production and the
 * reserves, in tonnes (columns in {@code _kt} are thousands of tonnes). A country USGS does not list, or a cell it
 * leaves "NA", gives no figure.
 */
final class UsgsWorld {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private UsgsWorld() {
    }

    static YearsOfSupply.Usgs pakistan(InputStream csv, String file, String what) {
        String source = UsgsCsv.SOURCE + ", " + file + " (" + what + ")";
        List<String> lines;
        try (csv) {
            lines = new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = UsgsCsv.header(lines.get(0));
        int production = lastIndexMatching(names, "Prod_(k?t)_.*\\d{4}");
        int reserves = lastIndexMatching(names, "Reserves_(k?t)");
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = UsgsCsv.cells(line);
            if (cells.size() > Math.max(production, reserves) && cells.get(1).trim().equals("Pakistan")
                    && cells.get(2).toLowerCase(java.util.Locale.ROOT).contains("mine production")) {
                Optional<BigDecimal> produced = tonnes(cells.get(production), names.get(production));
                Optional<BigDecimal> reserved = tonnes(cells.get(reserves), names.get(reserves));
                Optional<BigDecimal> years = reserved.flatMap(r -> produced.filter(p -> p.signum() > 0)
                        .map(p -> r.divide(p, 1, java.math.RoundingMode.HALF_EVEN)));
                Matcher year = YEAR.matcher(names.get(production));
                return new YearsOfSupply.Usgs(reserved, produced, year.find() ? Optional.of(year.group(1)) : Optional.empty(), years, source,
                        reserved.isEmpty() ? Optional.of("reserves " + YearsOfSupply.NOT_PUBLISHED) : Optional.empty());
            }
        }
        return notPublished(source);
    }

    static YearsOfSupply.Usgs notPublished(String source) {
        return new YearsOfSupply.Usgs(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), source,
                Optional.of(YearsOfSupply.NOT_PUBLISHED));
    }

    private static int lastIndexMatching(List<String> names, String pattern) {
        for (int i = names.size() - 1; i >= 0; i--) {
            if (names.get(i).trim().matches(pattern)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column matching " + pattern + " in " + names);
    }

    private static Optional<BigDecimal> tonnes(String cell, String column) {
        BigDecimal scale = column.contains("_kt") ? BigDecimal.valueOf(1000) : BigDecimal.ONE;
        return UsgsCsv.figure(cell).map(f -> f.value().multiply(scale));
    }
}
