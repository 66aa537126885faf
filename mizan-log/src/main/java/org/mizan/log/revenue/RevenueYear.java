package org.mizan.log.revenue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pakistan's fiscal year as the disclosure names it: {@code 2025-26} runs from 1 July 2025 to 30 June 2026.
 * The verifier's own copy of the rule, so that it needs nothing of the node.
 */
public record RevenueYear(int startYear) {

    private static final Pattern NAME = Pattern.compile("(\\d{4})-(\\d{2})");

    public RevenueYear {
        if (startYear < 1947 || startYear > 9998) {
            throw new IllegalArgumentException("a fiscal year starts between 1947 and 9998, got " + startYear);
        }
    }

    /** Reads {@code 2025-26}; {@code 2025}, {@code 2025-2026} or {@code 2025-27} is refused. */
    public static RevenueYear of(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("a fiscal year is named like 2025-26, got " + name);
        }
        return new RevenueYear(Integer.parseInt(m.group(1)));
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 7, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 6, 30);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public String name() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }
}
