package org.mizan.log.passport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A lot as the replay sees it: material and form, where it last was (the dispatch site while in transit,
 * the port once exported, as custody keeps it), what is left of it, its latest grades, its origin shares and its role as a
 * process output ({@code product} for every lot not made as a by-product, tailings or slag).
 */
record ChainLot(String id, String material, String form, String site, long availableGrams, SortedMap<String, BigDecimal> grades,
        SortedMap<String, BigDecimal> origin, String role) {

    static final String PRODUCT = "product";
    private static final java.util.Set<String> ROLES = java.util.Set.of(PRODUCT, "by-product", "tailings", "slag");

    /** A lot that is not a process's waste. */
    ChainLot(String id, String material, String form, String site, long availableGrams, SortedMap<String, BigDecimal> grades,
            SortedMap<String, BigDecimal> origin) {
        this(id, material, form, site, availableGrams, grades, origin, PRODUCT);
    }

    ChainLot {
        if (!ROLES.contains(role)) {
            throw new ReplayException("lot " + id + " has unknown role " + role + "; known: product, by-product, tailings, slag");
        }
    }

    /** Tailings and slag, which custody never exports. */
    boolean waste() {
        return "tailings".equals(role) || "slag".equals(role);
    }

    ChainLot withAvailable(long grams) {
        if (grams < 0) {
            throw new ReplayException("lot " + id + " would go below zero: " + Kilograms.of(availableGrams) + " kg available");
        }
        return new ChainLot(id, material, form, site, grams, grades, origin, role);
    }

    ChainLot withGrades(SortedMap<String, BigDecimal> newGrades) {
        return new ChainLot(id, material, form, site, availableGrams, newGrades, origin, role);
    }

    ChainLot at(String newSite) {
        return new ChainLot(id, material, form, newSite, availableGrams, grades, origin, role);
    }

    /** Contained element mass in a gross mass, half-even to whole grams as the operator rounds it. */
    static SortedMap<String, Long> contained(Map<String, BigDecimal> grades, long grossGrams) {
        SortedMap<String, Long> out = new TreeMap<>();
        grades.forEach((element, grade) -> out.put(element, contained(grade, grossGrams)));
        return out;
    }

    Optional<Long> contained(String element, long grossGrams) {
        return Optional.ofNullable(grades.get(element)).map(grade -> contained(grade, grossGrams));
    }

    private static long contained(BigDecimal grade, long grossGrams) {
        return BigDecimal.valueOf(grossGrams).multiply(grade).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    static SortedMap<String, BigDecimal> grades(Object node) {
        SortedMap<String, BigDecimal> out = new TreeMap<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((element, grade) -> {
                if (!(grade instanceof String text)) {
                    throw new IllegalArgumentException("grade of " + element + " is not a decimal string");
                }
                out.put((String) element, new BigDecimal(text));
            });
        }
        return out;
    }
}
