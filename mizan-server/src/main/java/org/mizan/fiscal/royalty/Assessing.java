package org.mizan.fiscal.royalty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.Mass;
import org.mizan.kernel.ProvinceCode;
import org.mizan.log.fiscal.AssessmentForm;
import org.mizan.log.fiscal.RoyaltyBasis;
import org.mizan.log.fiscal.RoyaltyComputation;
import org.mizan.registry.Licence;
import org.mizan.registry.Registry;

/**
 * Makes one lot's assessment: finds the rate row in force in the licence's province on the day of the
 * taxable event (a day of the province's calendar), the reference price of the rate's item for that
 * year, and the exchange rate of that day, and computes the royalty from them. Where an input is missing
 * the assessment says which and states no figure: nothing is guessed.
 */
final class Assessing {

    /** An assessment's committed body, and its figures when it could be made. */
    record Made(Map<String, Object> body, Optional<Map<String, Object>> figures, Optional<String> licence, Optional<String> province) {
    }

    private final Registry registry;
    private final RateRows rates;
    private final PriceRows prices;
    private final ExchangeRates exchange;
    private final IncentiveRows incentives;
    // A batch of the stream assesses many lots of the same province, mineral and day: their inputs are read once.
    private final Map<List<Object>, Object> batchInputs = new java.util.concurrent.ConcurrentHashMap<>();

    Assessing(Registry registry, RateRows rates, PriceRows prices, ExchangeRates exchange, IncentiveRows incentives) {
        this.incentives = incentives;
        this.registry = registry;
        this.rates = rates;
        this.prices = prices;
        this.exchange = exchange;
    }

    /** Forgets the inputs read for the previous batch, so a row added since is seen by the next. */
    void forget() {
        batchInputs.clear();
    }

    @SuppressWarnings("unchecked")
    <T> T once(List<Object> key, java.util.function.Supplier<T> read) {
        return (T) batchInputs.computeIfAbsent(key, k -> read.get());
    }

    Made assess(FiscalLots.FiscalLot lot, Mass mass, String eventId, String taxableEvent, OffsetDateTime at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", AssessmentForm.KIND);
        body.put("id", id(lot));
        body.put("lot", lot.lot().value());
        body.put("eventId", eventId);
        body.put("taxableEvent", taxableEvent);
        body.put("eventAt", at.toString());
        body.put("material", lot.material());
        body.put("form", lot.form());
        body.put("massKg", mass.toKilogramsString());
        Optional<Licence> licence = lot.licence().flatMap(l -> once(List.of("licence", l), () -> registry.licence(l)));
        lot.licence().ifPresent(l -> body.put("licence", l.value()));
        if (licence.isEmpty()) {
            return notAssessed(body, "the lot names no registered licence (a lot made by processing lots never assessed)", lot, null);
        }
        ProvinceCode province = licence.get().province();
        body.put("province", province.value());
        LocalDate day = at.atZoneSameInstant(registry.provinces().zone(province)).toLocalDate();
        body.put("day", day.toString());
        String mineral = registry.catalogue().findMaterial(lot.material()).map(m -> m.mineral()).orElse(lot.material());
        body.put("mineral", mineral);
        Optional<RateRows.Committed> rate = once(java.util.Arrays.asList("rate", province, mineral, lot.form(), day),
                () -> rates.inForce(province, mineral, lot.form(), day));
        if (rate.isEmpty()) {
            return notAssessed(body, "no royalty rate of " + province.value() + " for " + mineral + " is in force on " + day, lot, province);
        }
        RateRow row = rate.get().row();
        body.put("rate", rate(rate.get()));
        if (row.basis() != RoyaltyBasis.PER_TONNE) {
            Optional<PriceRows.Committed> price = once(List.of("price", row.priceItem().orElseThrow(), day.getYear()),
                    () -> prices.forYear(row.priceItem().orElseThrow(), day.getYear()));
            if (price.isEmpty()) {
                return notAssessed(body, "no reference price of " + row.priceItem().get() + " is published for " + day.getYear()
                        + " or before", lot, province);
            }
            body.put("price", price(price.get()));
        }
        if (row.basis() == RoyaltyBasis.CONTAINED_VALUE) {
            String element = row.element().orElseThrow().value();
            body.put("element", element);
            String grade = lot.grades().get(element);
            if (grade == null) {
                return notAssessed(body, "the lot has no grade of " + element, lot, province);
            }
            body.put("grade", grade);
            body.put("gradeSource", lot.gradeSource());
        }
        Optional<ExchangeRates.Rate> fx = once(List.of("fx", day), () -> exchange.on(day));
        if (fx.isEmpty()) {
            return notAssessed(body, "no PKR/USD exchange rate is published on or before " + day, lot, province);
        }
        body.put("exchangeRate", exchange(fx.get()));
        relief(body, lot, day);
        body.put("assessed", true);
        Map<String, Object> figures = AssessmentForm.figures(RoyaltyComputation.compute(AssessmentForm.inputs(body)));
        body.put("figures", figures);
        return new Made(body, Optional.of(figures), lot.licence().map(l -> l.value()), Optional.of(province.value()));
    }

    /** The most generous incentive in force for the lot's licence, site or stage, named with its log entry; else no relief. */
    private void relief(Map<String, Object> body, FiscalLots.FiscalLot lot, LocalDate day) {
        Optional<Integer> stage = registry.catalogue().findMaterial(lot.material()).map(m -> m.stage());
        Optional<IncentiveRows.Committed> incentive = once(List.of("incentive", lot.licence(), lot.site(), stage, day),
                () -> incentives.best(lot.licence().map(l -> l.value()), lot.site().value(), stage, day));
        body.put("relief", incentive.map(i -> i.row().relief().toPlainString()).orElse("0"));
        incentive.ifPresent(i -> {
            Map<String, Object> named = new LinkedHashMap<>(i.row().committed());
            named.remove("kind");
            named.put("logIndex", Long.toString(i.logIndex()));
            body.put("incentive", named);
        });
    }

    static String id(FiscalLots.FiscalLot lot) {
        return "royalty-" + lot.lot().value();
    }

    private static Made notAssessed(Map<String, Object> body, String reason, FiscalLots.FiscalLot lot, ProvinceCode province) {
        body.put("assessed", false);
        body.put("reason", reason);
        return new Made(body, Optional.empty(), lot.licence().map(l -> l.value()), Optional.ofNullable(province).map(ProvinceCode::value));
    }

    private static Map<String, Object> rate(RateRows.Committed committed) {
        Map<String, Object> out = new LinkedHashMap<>(committed.row().committed());
        out.remove("kind");
        out.put("logIndex", Long.toString(committed.logIndex()));
        return out;
    }

    private static Map<String, Object> price(PriceRows.Committed committed) {
        Map<String, Object> out = new LinkedHashMap<>(committed.row().committed());
        out.remove("kind");
        out.put("logIndex", Long.toString(committed.logIndex()));
        return out;
    }

    private static Map<String, Object> exchange(ExchangeRates.Rate rate) {
        Map<String, Object> out = new LinkedHashMap<>(rate.committed());
        out.remove("kind");
        out.put("logIndex", Long.toString(rate.logIndex()));
        return out;
    }
}
