package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.mizan.log.fiscal.PriceUnit;
import org.mizan.log.fiscal.RoyaltyBasis;
import org.mizan.log.fiscal.RoyaltyComputation;
import org.mizan.log.fiscal.RoyaltyInputs;

import tools.jackson.databind.JsonNode;

/**
 * The royalty regime and reference prices as the server publishes them, so that a simulated company can
 * work out its royalty before the assessment is made (as a company does from the notified rate) and an
 * exporter can price its concentrate. The royalty is computed with the same library the server assesses
 * with; a simulated province without a regime gets an illustrative 5 % of contained value.
 */
final class FiscalRegime {

    static final String PROVINCE = "PK-PB";
    static final ZoneOffset PAKISTAN = ZoneOffset.ofHours(5);
    private static final Map<String, String> ELEMENT = Map.of("copper", "Cu", "antimony", "Sb");
    private static final List<String> CONFIDENCE = List.of("official", "trade-press", "declared");

    /** A rate row reduced to what a contained-value or per-tonne royalty needs. */
    record Rate(String mineral, String form, String basis, BigDecimal rate, String currency, BigDecimal minimumPerTonne,
            String priceItem, LocalDate validFrom, LocalDate validTo) {
    }

    /** A reference price row. */
    record Price(String item, int year, BigDecimal value, String unit, String confidence) {
    }

    private final List<Rate> rates;
    private final List<Price> prices;
    private final NavigableMap<LocalDate, BigDecimal> pkrPerUsd;

    FiscalRegime(List<Rate> rates, List<Price> prices, NavigableMap<LocalDate, BigDecimal> pkrPerUsd) {
        this.rates = List.copyOf(rates);
        this.prices = List.copyOf(prices);
        this.pkrPerUsd = new TreeMap<>(pkrPerUsd);
    }

    /** Reads the regime of the simulated province, first adding an illustrative row for each of its minerals that has none. */
    static FiscalRegime load(MizanClient client, String adminKey) {
        for (Map.Entry<String, String> m : ELEMENT.entrySet()) {
            if (rates(client, adminKey).stream().noneMatch(r -> r.mineral().equals(m.getKey()))) {
                Map<String, Object> row = new LinkedHashMap<>(Map.of("id", PROVINCE + "-" + m.getKey() + "-simulated", "province", PROVINCE,
                        "mineral", m.getKey(), "element", m.getValue(), "basis", "contained-value", "rate", "0.05", "valuePoint", "mine-gate",
                        "priceItem", m.getValue(), "validFrom", "2000-01-01"));
                row.put("citation", "illustrative, not a published rate: 5 % of the reference price of contained " + m.getKey()
                        + ", added by mizan simulate for its synthetic province");
                row.put("illustrative", true);
                client.post("/api/v1/fiscal/rates", adminKey, row);
            }
        }
        List<Price> prices = new ArrayList<>();
        for (String item : ELEMENT.values()) {
            for (JsonNode p : client.get("/api/v1/fiscal/prices?item=" + item, adminKey)) {
                JsonNode row = p.get("price");
                prices.add(new Price(row.get("item").asString(), Integer.parseInt(row.get("year").asString()),
                        new BigDecimal(row.get("value").asString()), row.get("unit").asString(), row.path("confidence").asString("")));
            }
        }
        NavigableMap<LocalDate, BigDecimal> fx = new TreeMap<>();
        client.get("/api/v1/fiscal/exchange-rates", adminKey)
                .forEach(r -> fx.put(LocalDate.parse(r.get("day").asString()), new BigDecimal(r.get("pkrPerUsd").asString())));
        return new FiscalRegime(rates(client, adminKey), prices, fx);
    }

    private static List<Rate> rates(MizanClient client, String key) {
        List<Rate> out = new ArrayList<>();
        for (JsonNode v : client.get("/api/v1/fiscal/rates?province=" + PROVINCE, key)) {
            JsonNode r = v.get("row");
            out.add(new Rate(r.get("mineral").asString(), text(r, "form"), r.get("basis").asString(), new BigDecimal(r.get("rate").asString()),
                    text(r, "currency"), Optional.ofNullable(text(r, "minimumPerTonne")).map(BigDecimal::new).orElse(null), text(r, "priceItem"),
                    LocalDate.parse(r.get("validFrom").asString()), Optional.ofNullable(text(r, "validTo")).map(LocalDate::parse).orElse(null)));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asString() : null;
    }

    /** The royalty in rupees of an ore lot dispatched from its mine at {@code at}, as the server assesses it. */
    BigDecimal duePkr(String mineral, OffsetDateTime at, String massKg, String grade) {
        LocalDate day = at.atZoneSameInstant(PAKISTAN).toLocalDate();
        Rate rate = rates.stream().filter(r -> r.mineral().equals(mineral) && (r.form() == null || r.form().equals("ore"))
                && !r.validFrom().isAfter(day) && (r.validTo() == null || !r.validTo().isBefore(day)))
                .sorted(Comparator.comparing((Rate r) -> r.form() == null).thenComparing(Rate::validFrom, Comparator.reverseOrder()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No royalty rate of " + PROVINCE + " for " + mineral + " on " + day));
        RoyaltyBasis basis = RoyaltyBasis.of(rate.basis());
        Optional<Price> price = basis == RoyaltyBasis.PER_TONNE ? Optional.empty() : price(rate.priceItem(), day.getYear());
        Map.Entry<LocalDate, BigDecimal> fx = pkrPerUsd.floorEntry(day);
        if (fx == null || basis != RoyaltyBasis.PER_TONNE && price.isEmpty()) {
            throw new IllegalStateException("No exchange rate or reference price for a royalty of " + mineral + " on " + day);
        }
        return RoyaltyComputation.compute(new RoyaltyInputs(basis, rate.rate(), rate.currency(), rate.minimumPerTonne(), new BigDecimal(massKg),
                new BigDecimal(grade), price.map(Price::value).orElse(null), price.map(p -> PriceUnit.of(p.unit())).orElse(null), fx.getValue(),
                BigDecimal.ZERO)).duePkr();
    }

    /** What a kilogram of the element is worth in US dollars at the reference price of the year, if it has one in dollars. */
    Optional<BigDecimal> usdPerKg(String element, int year) {
        return price(element, year).map(p -> PriceUnit.of(p.unit())).filter(u -> u.currency().equals("USD"))
                .map(u -> u.perKilogram(price(element, year).orElseThrow().value()));
    }

    /** The year's price or the latest before it, official before trade press before declared before the rest. */
    private Optional<Price> price(String item, int year) {
        return prices.stream().filter(p -> p.item().equals(item) && p.year() <= year)
                .min(Comparator.comparing(Price::year, Comparator.reverseOrder()).thenComparing(FiscalRegime::rank));
    }

    private static int rank(Price p) {
        int i = CONFIDENCE.indexOf(p.confidence());
        return i < 0 ? CONFIDENCE.size() : i;
    }

    static BigDecimal value(BigDecimal kg, BigDecimal usdPerKg) {
        return kg.multiply(usdPerKg, MathContext.DECIMAL128);
    }
}
