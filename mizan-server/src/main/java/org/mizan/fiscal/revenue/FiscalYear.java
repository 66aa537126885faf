package org.mizan.fiscal.revenue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.kernel.Rejection;

/**
 * Pakistan's fiscal year, 1 July to 30 June, named by its two calendar years as the Finance Division writes
 * them: {@code 2025-26} runs from 2025-07-01 to 2026-06-30. An instant belongs to the year of its local day in
 * the province's zone.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    private static final Pattern NAME = Pattern.compile("(\\d{4})-(\\d{2})");

    public FiscalYear {
        if (startYear < 1947 || startYear > 9998) {
            throw Rejection.invalid("invalid-fiscal-year", "A fiscal year starts between 1947 and 9998, got " + startYear);
        }
    }

    /** Reads {@code 2025-26}; anything else (2025, 2025-2026, 2025-27) is a 400 problem. */
    public static FiscalYear of(String name) {
        Matcher m = name == null ? null : NAME.matcher(name);
        if (m == null || !m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new Rejection(Rejection.Kind.MALFORMED, "invalid-fiscal-year",
                    "A fiscal year is named like 2025-26 (1 July 2025 to 30 June 2026), got " + Rejection.quote(name),
                    java.util.Map.of());
        }
        return new FiscalYear(Integer.parseInt(m.group(1)));
    }

    public static FiscalYear containing(LocalDate day) {
        return new FiscalYear(day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1);
    }

    public static FiscalYear containing(Instant at, ZoneId zone) {
        return containing(at.atZone(zone).toLocalDate());
    }

    // The calendar of the year is the offline verifier's, so that node and verifier cannot read a day differently.
    private org.mizan.log.revenue.RevenueYear calendar() {
        return new org.mizan.log.revenue.RevenueYear(startYear);
    }

    public LocalDate start() {
        return calendar().start();
    }

    public LocalDate end() {
        return calendar().end();
    }

    public boolean contains(LocalDate day) {
        return calendar().contains(day);
    }

    public String name() {
        return calendar().name();
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return name();
    }
}
