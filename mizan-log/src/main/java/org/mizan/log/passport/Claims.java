package org.mizan.log.passport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A passport's checkable claims as a flat map from claim name (e.g. {@code lines[CU-CONC-7].netMassKg},
 * {@code origin.byProvince.BA}) to a number: masses in kilograms, shares as fractions. Built either
 * from what a passport states or from a replay of its events, so the two compare claim by claim.
 */
final class Claims {

    private Claims() {
    }

    static Map<String, BigDecimal> stated(Map<?, ?> passport) {
        Map<String, BigDecimal> claims = new LinkedHashMap<>();
        for (Object node : Json.array(passport, "lines")) {
            Map<?, ?> line = (Map<?, ?>) node;
            String prefix = "lines[" + Json.text(line, "lot") + "].";
            claims.put(prefix + "netMassKg", new BigDecimal(Json.text(line, "netMassKg")));
            Json.object(line, "containedKg").forEach((el, kg) -> claims.put(prefix + "containedKg." + el, new BigDecimal((String) kg)));
        }
        Map<?, ?> totals = Json.object(passport, "totals");
        claims.put("totals.netMassKg", new BigDecimal(Json.text(totals, "netMassKg")));
        Json.object(totals, "containedKg").forEach((el, kg) -> claims.put("totals.containedKg." + el, new BigDecimal((String) kg)));
        Map<?, ?> origin = Json.object(passport, "origin");
        for (String by : List.of("byLicence", "byDistrict", "byProvince")) {
            Json.object(origin, by).forEach((key, share) -> claims.put("origin." + by + "." + key, new BigDecimal((String) share)));
        }
        claims.put("origin.unattributedShare", new BigDecimal(Json.text(origin, "unattributedShare")));
        return claims;
    }

    static Map<String, BigDecimal> recomputed(ChainReplay.Result replay, RegistryFacts facts) {
        Map<String, BigDecimal> claims = new LinkedHashMap<>();
        long total = 0;
        Map<String, Long> contained = new TreeMap<>();
        Map<String, BigDecimal> weighted = new TreeMap<>();
        for (Map.Entry<String, Long> line : replay.exportedGrams().entrySet()) {
            ChainLot lot = replay.lots().get(line.getKey());
            long grams = line.getValue();
            total += grams;
            String prefix = "lines[" + lot.id() + "].";
            claims.put(prefix + "netMassKg", kilograms(grams));
            ChainLot.contained(lot.grades(), grams).forEach((el, g) -> {
                claims.put(prefix + "containedKg." + el, kilograms(g));
                contained.merge(el, g, Long::sum);
            });
            lot.origin().forEach((key, share) -> weighted.merge(key, share.multiply(BigDecimal.valueOf(grams)), BigDecimal::add));
        }
        claims.put("totals.netMassKg", kilograms(total));
        contained.forEach((el, g) -> claims.put("totals.containedKg." + el, kilograms(g)));
        origin(shares(weighted, BigDecimal.valueOf(Math.max(total, 1))), facts, claims);
        return claims;
    }

    private static void origin(Map<String, BigDecimal> byLicence, RegistryFacts facts, Map<String, BigDecimal> claims) {
        Map<String, BigDecimal> byDistrict = new TreeMap<>();
        Map<String, BigDecimal> byProvince = new TreeMap<>();
        byLicence.forEach((key, share) -> {
            claims.put("origin.byLicence." + key, share);
            boolean none = OriginMix.UNATTRIBUTED.equals(key);
            RegistryFacts.Place place = none ? null : facts.place(key);
            byDistrict.merge(none ? key : place.district(), share, BigDecimal::add);
            byProvince.merge(none ? key : place.province(), share, BigDecimal::add);
        });
        byDistrict.forEach((key, share) -> claims.put("origin.byDistrict." + key, share));
        byProvince.forEach((key, share) -> claims.put("origin.byProvince." + key, share));
        claims.put("origin.unattributedShare", byLicence.getOrDefault(OriginMix.UNATTRIBUTED, BigDecimal.ZERO));
    }

    /** Consignment shares at 12 decimals summing to exactly 1, the remainder on the largest (ties to the first key). */
    static Map<String, BigDecimal> shares(Map<String, BigDecimal> weighted, BigDecimal total) {
        Map<String, BigDecimal> shares = new TreeMap<>();
        weighted.forEach((key, weight) -> shares.put(key, weight.divide(total, OriginMix.SCALE, RoundingMode.HALF_EVEN)));
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!shares.isEmpty() && sum.signum() > 0) {
            String largest = shares.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            shares.put(largest, shares.get(largest).add(BigDecimal.ONE.subtract(sum)));
        }
        return shares;
    }

    private static BigDecimal kilograms(long grams) {
        return BigDecimal.valueOf(grams, 3);
    }
}
