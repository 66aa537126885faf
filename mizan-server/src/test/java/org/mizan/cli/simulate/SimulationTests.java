package org.mizan.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The generator alone: reproducible from its seed, and injecting every kind of anomaly it labels. */
class SimulationTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    /** The server's seeded prices and exchange rates of 2023 to 2025, and the simulation's 5 % royalty of contained metal. */
    static FiscalRegime regime() {
        List<FiscalRegime.Rate> rates = List.of(
                new FiscalRegime.Rate("copper", null, "contained-value", new BigDecimal("0.05"), null, null, "Cu", LocalDate.of(2000, 1, 1), null),
                new FiscalRegime.Rate("antimony", null, "contained-value", new BigDecimal("0.05"), null, null, "Sb", LocalDate.of(2000, 1, 1), null));
        List<FiscalRegime.Price> prices = List.of(new FiscalRegime.Price("Cu", 2022, new BigDecimal("401"), "USc/lb", "official"),
                new FiscalRegime.Price("Cu", 2023, new BigDecimal("390"), "USc/lb", "official"),
                new FiscalRegime.Price("Sb", 2023, new BigDecimal("5.60"), "USD/lb", "official"));
        TreeMap<LocalDate, BigDecimal> fx = new TreeMap<>(Map.of(LocalDate.of(2023, 7, 1), new BigDecimal("286.00"),
                LocalDate.of(2025, 1, 1), new BigDecimal("278.80"), LocalDate.of(2025, 7, 1), new BigDecimal("283.00")));
        return new FiscalRegime(rates, prices, fx);
    }

    private record Year(List<Map<String, Object>> events, List<Label> labels, List<Royalty> royalties, World world) {
    }

    private static Year year(long seed) {
        SimulationSettings s = new SimulationSettings(seed, 10, 14, 2, 63, 4, 0.02, 2025, "tt");
        Random random = new Random(seed);
        World world = new World(s, random);
        Economy economy = new Economy(s, world, random, regime());
        Registration.capacities(s, world, random);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int w = 0; w < economy.weeks(); w++) {
            economy.week(w).forEach(phase -> phase.forEach(b -> events.addAll(b.events())));
        }
        return new Year(events, economy.labels(), economy.royalties(), world);
    }

    @Test
    void theSameSeedGivesTheSameYearAndAnotherSeedAnother() {
        Year three = year(3);
        assertThat(three.events()).isEqualTo(year(3).events());
        assertThat(three.labels()).isEqualTo(year(3).labels());
        assertThat(three.royalties()).isEqualTo(year(3).royalties());
        assertThat(three.events()).isNotEqualTo(year(4).events());
        SimulationSettings s = new SimulationSettings(3, 10, 14, 2, 63, 4, 0.02, 2025, "tt");
        assertThat(Simulator.royalties(s, regime())).isEqualTo(three.royalties());
    }

    @Test
    void everyPermitIsForOneTripAndARecycledOneIsLabelledOnItsTripAfterTheFirstEnded() {
        Year year = year(5);
        Set<String> labelled = year.labels().stream().filter(l -> l.rule().equals("PERMIT_VIOLATION")).map(Label::eventId)
                .collect(Collectors.toSet());
        Map<String, Map<String, Object>> firstTrip = new HashMap<>();
        Map<String, OffsetDateTime> arrived = new HashMap<>();
        Map<String, String> lotPermit = new HashMap<>();
        int recycled = 0;
        for (Map<String, Object> e : year.events()) {
            if (e.get("type").equals("received") && lotPermit.containsKey(e.get("lot"))) {
                arrived.putIfAbsent(lotPermit.get(e.get("lot")), OffsetDateTime.parse((String) e.get("time")));
            }
            if (!e.get("type").equals("dispatched")) {
                continue;
            }
            Map<?, ?> permit = (Map<?, ?>) e.get("permit");
            assertThat(permit.get("singleUse")).isEqualTo(true);
            String number = (String) permit.get("number");
            lotPermit.put((String) e.get("lot"), number);
            Map<String, Object> first = firstTrip.putIfAbsent(number, e);
            OffsetDateTime leaves = OffsetDateTime.parse((String) e.get("time"));
            if (first != null && arrived.containsKey(number) && arrived.get(number).isBefore(leaves)) {
                assertThat(labelled).as("second trip of " + number).contains((String) e.get("eventId"));
                assertThat(labelled).as("first trip of " + number).doesNotContain((String) first.get("eventId"));
                recycled++;
            }
        }
        assertThat(recycled).as("permits used again after their trip ended").isPositive();
    }

    @Test
    void labelsCoverTheEventLevelRules() {
        List<String> rules = year(5).labels().stream().map(Label::rule).distinct().toList();
        assertThat(rules).contains("LICENCE_NOT_VALID", "OUTSIDE_LICENCE_AREA", "TRANSIT_LOSS", "IMPLAUSIBLE_TRANSIT",
                "PERMIT_VIOLATION", "HIGH_RISK_ORIGIN", "TRANSIT_LOSS_PATTERN", "UNDERVALUED_EXPORT", "GRADE_OUTLIER", "GRADE_UNDER_DECLARED",
                "LICENCE_HOPPING");
    }

    @Test
    void oneMineDeclaresAQuarterLessThanTheLaboratoryFindsAndTheOthersScatterBothWays() {
        Year y = year(7);
        Set<String> labelled = y.labels().stream().filter(l -> l.rule().equals("GRADE_UNDER_DECLARED")).map(Label::eventId)
                .collect(Collectors.toSet());
        Set<String> outliers = y.labels().stream().filter(l -> l.rule().equals("GRADE_OUTLIER")).map(Label::eventId).collect(Collectors.toSet());
        Map<String, String> extraction = new HashMap<>();
        Map<String, Double> declared = new HashMap<>();
        Map<String, String> mine = new HashMap<>();
        List<Double> honest = new ArrayList<>();
        Set<String> underDeclaring = new java.util.TreeSet<>();
        int underDeclaredPairs = 0;
        Map<String, Double> wet = new HashMap<>();
        Map<String, Set<Double>> declaredByMine = new HashMap<>();
        Map<String, List<Double>> ratiosByMine = new HashMap<>();
        for (Map<String, Object> e : y.events()) {
            String lot = (String) e.get("lot");
            if (e.get("type").equals("extracted")) {
                extraction.put(lot, (String) e.get("eventId"));
                mine.put(lot, (String) e.get("site"));
                declared.put(lot, Double.parseDouble((String) ((Map<?, ?>) e.get("grades")).values().iterator().next()));
                wet.put(lot, Double.parseDouble((String) e.get("massKg")));
                if (!outliers.contains(extraction.get(lot))) {
                    declaredByMine.computeIfAbsent(mine.get(lot), k -> new java.util.HashSet<>()).add(declared.get(lot));
                }
            } else if (e.get("type").equals("adjusted") && declared.containsKey(lot)) {
                // Drying raises the grade the lot carries by the wet mass over the dry one; the assay finds the dry ore.
                double water = Double.parseDouble((String) e.get("massKg"));
                declared.put(lot, declared.get(lot) * wet.get(lot) / (wet.get(lot) - water));
            } else if (e.get("type").equals("assayed") && declared.containsKey(lot)) {
                double ratio = Double.parseDouble((String) ((Map<?, ?>) e.get("grades")).values().iterator().next()) / declared.get(lot);
                if (labelled.contains(extraction.get(lot))) {
                    underDeclaring.add(mine.get(lot));
                    underDeclaredPairs++;
                    assertThat(ratio).as("under-declared " + lot).isBetween(1.05, 1.7);
                } else if (!outliers.contains(extraction.get(lot))) {
                    ratiosByMine.computeIfAbsent(mine.get(lot), k -> new ArrayList<>()).add(ratio);
                }
            }
        }
        // A nominal declarer's lots all carry one grade, which the assays scatter around both ways as ore does.
        Set<String> nominal = declaredByMine.entrySet().stream().filter(m -> m.getValue().size() == 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(nominal).isNotEmpty().doesNotContain("tt-mine-2");
        List<Double> scatter = nominal.stream().flatMap(m -> ratiosByMine.getOrDefault(m, List.of()).stream()).toList();
        assertThat(scatter).hasSizeGreaterThan(100);
        assertThat(scatter.stream().filter(r -> r > 1).count() / (double) scatter.size()).isBetween(0.35, 0.65);
        assertThat(scatter.stream().filter(r -> r < 0.7 || r > 1.4).count()).as("nominal lots assayed far from the nominal grade")
                .isGreaterThan(scatter.size() / 10);
        ratiosByMine.forEach((m, ratios) -> {
            if (!nominal.contains(m)) {
                honest.addAll(ratios);
            }
        });
        assertThat(underDeclaring).containsExactly("tt-mine-2");
        assertThat(labelled).hasSizeGreaterThan(100);
        assertThat(underDeclaredPairs).as("every labelled lot assayed once").isEqualTo(labelled.size());
        assertThat(honest).hasSizeGreaterThan(1000).allSatisfy(r -> assertThat(r).isBetween(0.7, 1.4));
        assertThat(honest.stream().filter(r -> r > 1).count() / (double) honest.size()).isBetween(0.45, 0.55);
    }

    @Test
    void aCompanyWorksOutItsRoyaltyAsTheServerAssessesIt() {
        // 30,000 kg at 25 % copper: 7,500 kg at 390 US cents a pound is USD 64,485.21; 5 % of it at 278.80 rupees a dollar.
        OffsetDateTime march = OffsetDateTime.parse("2025-03-01T13:00:00+05:00");
        assertThat(regime().duePkr("copper", march, "30000", "0.25")).isEqualByComparingTo("898923.85");
        assertThat(regime().usdPerKg("Cu", 2025).orElseThrow().multiply(new BigDecimal("7500")).setScale(2, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("64485.21");
    }

    @Test
    void honestExportsDeclareTheirMetalAtAPayableFactorAndTheLabelledOnesFarBelowIt() {
        Year y = year(11);
        Set<String> labelled = y.labels().stream().filter(l -> l.rule().equals("UNDERVALUED_EXPORT")).map(Label::eventId).collect(Collectors.toSet());
        Map<String, BigDecimal> atPort = new HashMap<>();
        Map<String, Map.Entry<?, ?>> grade = new HashMap<>();
        int exports = 0;
        for (Map<String, Object> e : y.events()) {
            Object type = e.get("type");
            if (type.equals("assayed")) {
                grade.put((String) e.get("lot"), ((Map<?, ?>) e.get("grades")).entrySet().iterator().next());
            } else if (type.equals("received") && ((String) e.get("site")).endsWith("-port")) {
                atPort.put((String) e.get("lot"), new BigDecimal((String) e.get("massKg")));
            } else if (type.equals("exported")) {
                exports++;
                BigDecimal reference = BigDecimal.ZERO;
                for (Object lot : (List<?>) e.get("lots")) {
                    Map.Entry<?, ?> assay = grade.get(lot);
                    reference = reference.add(atPort.get(lot).multiply(new BigDecimal((String) assay.getValue()))
                            .multiply(regime().usdPerKg((String) assay.getKey(), 2025).orElseThrow()));
                }
                double ratio = new BigDecimal((String) e.get("declaredValueUsd")).doubleValue() / reference.doubleValue();
                if (labelled.contains(e.get("eventId"))) {
                    assertThat(ratio).as("undervalued " + e.get("consignment")).isBetween(0.0999, 0.4501);
                } else {
                    assertThat(ratio).as("honest " + e.get("consignment")).isBetween(0.5999, 0.9801);
                }
            }
        }
        assertThat(labelled).isNotEmpty();
        assertThat(exports).isGreaterThan(labelled.size() * 20);
    }

    @Test
    void theTreasuryFindsUnpaidAndShortExactlyTheLabelledRoyalties() {
        Year y = year(13);
        RoyaltyPlan plan = new RoyaltyPlan(new Random(1), TODAY, "tt").pay(y.royalties(), 0.05);
        Map<String, String> expected = plan.labels().stream().collect(Collectors.toMap(Label::eventId, Label::rule));
        assertThat(expected).containsValues("ROYALTY_UNPAID", "ROYALTY_SHORTFALL");
        assertThat(plan.remittances()).allSatisfy(r -> {
            assertThat(r.amount().signum()).isPositive();
            assertThat(r.amount().stripTrailingZeros().scale()).as("whole rupees").isLessThanOrEqualTo(0);
            assertThat(r.received()).isEqualTo(r.amount());
            assertThat(r.on()).isBeforeOrEqualTo(TODAY);
        });
        assertThat(TreasuryBook.judge(y.royalties(), plan.remittances(), TODAY)).isEqualTo(expected);
        assertThat(plan.remittances().stream().map(Remittance::challan).distinct().count()).isEqualTo(plan.remittances().size());
    }

    @Test
    void oneLicenceFeeInEveryFiftyIsRecordedShortOrNotAtAll() {
        Year y = year(17);
        List<Label> labels = new ArrayList<>();
        List<Remittance> fees = Rents.plan(y.world().licences, 2025, TODAY, 0.02, new Random(2), labels, "tt");
        assertThat(labels).hasSize(1);
        assertThat(fees).hasSize(10).allSatisfy(f -> {
            assertThat(f.on()).isBetween(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));
            if (f.licence().equals(labels.get(0).licence())) {
                assertThat(f.received() == null || f.received().compareTo(f.amount().multiply(new BigDecimal("0.9"))) <= 0).isTrue();
            } else {
                assertThat(f.received()).isEqualTo(f.amount());
            }
        });
    }

    @Test
    void settingsOutsideTheirRangesAreRefused() {
        assertThatThrownBy(() -> new SimulationSettings(1, 10, 5, 2, 28, 4, 0.02, 2025, "tt")).hasMessageContaining("mines");
        assertThatThrownBy(() -> new SimulationSettings(1, 10, 14, 2, 400, 4, 0.02, 2025, "tt")).hasMessageContaining("days");
    }
}
