package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.fiscal.RevenueHttpFixture;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The fiscal rules over real HTTP on PostgreSQL, on dates relative to today: royalties assessed on a
 * dispatch 60 days ago (deadline passed) and 10 days ago (not yet due), receipts on the deadline, short
 * or missing; a declared payment the treasury received short; an export declared far below its metal.
 */
@TestPropertySource(properties = {"mizan.test.isolation=fiscal-rules", "mizan.oversight.evaluate=false",
        "mizan.oversight.fiscal.recording-quiet=PT3S"})
class FiscalRulesIntegrationTests extends HttpIntegrationTest {

    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final OffsetDateTime LONG_AGO = OffsetDateTime.now(ZoneOffset.UTC).minusDays(60).truncatedTo(ChronoUnit.HOURS);
    private static final OffsetDateTime LATELY = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).truncatedTo(ChronoUnit.HOURS);
    // Thirty days from the day of the dispatch, two hours after LONG_AGO: run between 17:00 and 19:00 UTC, those two hours
    // cross midnight in Pakistan and the deadline is a day later than LONG_AGO's own day would give.
    private static final LocalDate DEADLINE = LONG_AGO.plusHours(2).atZoneSameInstant(PAKISTAN).toLocalDate().plusDays(30);
    private static boolean told;

    @Autowired
    FiscalWatch watch;

    @Autowired
    Evaluator evaluator;

    private RevenueHttpFixture fx;
    private String miner;
    private String treasury;
    private String regulator;

    @BeforeEach
    void world() {
        fx = new RevenueHttpFixture(api);
        String admin = adminKey();
        fx.party(admin, "fr-reg-ba", "regulator", "PK-BA");
        fx.party(admin, "fr-treasury-ba", "regulator", "PK-BA");
        fx.party(admin, "fr-miner", "company", null);
        fx.party(admin, "fr-buyer", "company", null);
        regulator = keyFor("fr-reg-ba", Role.REGULATOR);
        miner = keyFor("fr-miner", Role.OPERATOR);
        treasury = keyFor("fr-treasury-ba", Role.TREASURY);
        if (!told) {
            for (int i = 1; i <= 4; i++) {
                fx.licence(regulator, "FR-ML-" + i, "fr-miner", 63.0 + i / 10.0);
                site(admin, "fr-mine-" + i, "mine", 28.425, 63.025 + i / 10.0, "FR-ML-" + i);
            }
            site(admin, "fr-plant", "plant", 25.0, 67.2, null);
            site(admin, "fr-port", "port", 24.8, 67.0, null);
            chain("FR-1", 1, LONG_AGO);
            chain("FR-2", 2, LONG_AGO);
            chain("FR-3", 3, LONG_AGO);
            chain("FR-4", 4, LATELY);
            // Paid in full on the deadline day, and 90 % three days before it: here, so that whichever test sweeps first judges them.
            // Declared as paid too, so that their reconciliation lines agree.
            pay("FR-ML-1", "1415E1", duePkr("FR-1").toPlainString(), DEADLINE, "FR-CH-1");
            receive("FR-ML-1", duePkr("FR-1"), DEADLINE, "FR-CH-1");
            pay("FR-ML-3", "1415E1", ninetyPercent(duePkr("FR-3")).toPlainString(), DEADLINE.minusDays(3), "FR-CH-3");
            receive("FR-ML-3", ninetyPercent(duePkr("FR-3")), DEADLINE.minusDays(3), "FR-CH-3");
            told = true;
        }
    }

    @Test
    void aRoyaltyIsJudgedOnceAfterItsDeadlinePaidOnTheDayUnpaidOrShortAndNotBeforeItIsDue() {
        LocalDate deadline = DEADLINE;
        BigDecimal due3 = duePkr("FR-3");
        BigDecimal ninety = ninetyPercent(due3);

        watch.sweep();

        JsonNode unpaid = alerts("ROYALTY_UNPAID");
        assertThat(licences(unpaid)).containsExactly("FR-ML-2");
        JsonNode two = unpaid.get(0);
        assertThat(two.at("/evidence/figures/assessment").asString()).isEqualTo("royalty-FR-2");
        assertThat(two.at("/evidence/figures/dueOn").asString()).isEqualTo(deadline.toString());
        assertThat(new BigDecimal(two.at("/evidence/figures/duePkr").asString())).isEqualByComparingTo(duePkr("FR-2"));
        assertThat(two.at("/subject/parties/0").asString()).isEqualTo("fr-miner");
        assertThat(two.get("province").asString()).isEqualTo("PK-BA");
        assertThat(two.get("explanation").asString()).contains("none of it was received").contains("licence FR-ML-2");

        JsonNode shortfall = alerts("ROYALTY_SHORTFALL");
        assertThat(licences(shortfall)).containsExactly("FR-ML-3");
        assertThat(new BigDecimal(shortfall.get(0).at("/evidence/figures/paidPkr").asString())).isEqualByComparingTo(ninety);
        assertThat(new BigDecimal(shortfall.get(0).at("/evidence/figures/shortPkr").asString())).isEqualByComparingTo(due3.subtract(ninety));

        // A receipt recorded after the judgment changes nothing, and a second sweep raises nothing.
        receive("FR-ML-2", duePkr("FR-2"), deadline.plusDays(20), "FR-CH-2");
        assertThat(watch.sweep()).isZero();
        assertThat(licences(alerts("ROYALTY_UNPAID"))).containsExactly("FR-ML-2");
    }

    @Test
    void aPaymentTheTreasuryReceivedShortIsAMismatchOnceTheLineHasSettled() throws InterruptedException {
        LocalDate settled = LocalDate.now(PAKISTAN).minusDays(40);
        LocalDate recent = LocalDate.now(PAKISTAN).minusDays(10);
        pay("FR-ML-1", "114521E", "100000", settled, "FR-RENT-1");
        receive("FR-ML-1", "114521E", new BigDecimal("80000"), settled.plusDays(1), "FR-RENT-1");
        pay("FR-ML-2", "114521E", "100000", recent, "FR-RENT-2");
        receive("FR-ML-2", "114521E", new BigDecimal("80000"), recent, "FR-RENT-2");
        pay("FR-ML-3", "114521E", "100000", settled, "FR-RENT-3");
        receive("FR-ML-3", "114521E", new BigDecimal("100000"), settled, "FR-RENT-3");
        java.time.Instant entered = java.time.Instant.now();

        // Settled by its days, but entered just now: the treasury may still be entering the rest of it.
        watch.sweep();
        assertThat(alerts("PAYMENT_RECEIPT_MISMATCH")).isEmpty();
        Thread.sleep(Math.max(0, java.time.Duration.between(java.time.Instant.now(), entered.plusSeconds(3)).toMillis() + 100));
        watch.sweep();

        JsonNode mismatches = alerts("PAYMENT_RECEIPT_MISMATCH");
        assertThat(licences(mismatches)).containsExactly("FR-ML-1");
        JsonNode one = mismatches.get(0);
        assertThat(one.at("/evidence/figures/difference").asString()).isEqualTo("-20000.00");
        assertThat(one.at("/evidence/figures/gfsCode").asString()).isEqualTo("114521E");
        assertThat(one.at("/evidence/figures/paymentLogIndices").size()).isEqualTo(1);
        assertThat(one.at("/evidence/figures/receiptLogIndices").size()).isEqualTo(1);
        assertThat(one.get("severity").asString()).isEqualTo("high");
        assertThat(watch.sweep()).isZero();
    }

    @Test
    void anExportDeclaredBelowHalfItsCopperIsUndervaluedAndOneAtMarketIsNot() {
        // 30,000 kg at 25 % copper: 7,500 kg at USGS 2023's 390 US cents a pound is worth USD 64,485.21.
        exportOf("FR-1", "FR-EXP-LOW", "32242.60");
        exportOf("FR-3", "FR-EXP-FAIR", "58000.00");
        evaluator.drain();

        // The port is in Sindh: Balochistan's regulator does not see the alert, an administrator does.
        assertThat(alerts("UNDERVALUED_EXPORT")).isEmpty();
        JsonNode undervalued = alerts("UNDERVALUED_EXPORT", adminKey());
        List<String> consignments = new ArrayList<>();
        undervalued.forEach(a -> consignments.add(a.at("/evidence/figures/consignment").asString()));
        assertThat(consignments).containsExactly("FR-EXP-LOW");
        JsonNode low = undervalued.get(0);
        assertThat(low.at("/evidence/figures/referenceValueUsd").asString()).isEqualTo("64485.21");
        assertThat(low.at("/evidence/figures/elements/0/priceRow").asString()).isEqualTo("usgs-cu-2023");
        assertThat(low.get("explanation").asString()).contains("USD 32242.60").contains("50.0 %");
        assertThat(low.get("province").asString()).isEqualTo("PK-SD");
    }

    @Test
    void theRulesAreKnownToTheAlertListAndAnUnknownOneIsAProblem() {
        assertThat(api.get("/api/v1/alerts?rule=ROYALTY_UNPAID", regulator).status()).isEqualTo(200);
        Reply unknown = api.get("/api/v1/alerts?rule=ROYALTY_LATE", regulator);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("PAYMENT_RECEIPT_MISMATCH");
    }

    private void chain(String lot, int mine, OffsetDateTime at) {
        post(event("fr-x-" + lot, "extracted", at, Map.of("lot", lot, "site", "fr-mine-" + mine, "material", "cu-concentrate", "form",
                "concentrate", "massKg", "30000", "grades", Map.of("Cu", "0.25"), "location", Map.of("lat", 28.425, "lon", 63.025 + mine / 10.0))));
        post(event("fr-d-" + lot, "dispatched", at.plusHours(2), Map.of("lot", lot, "from", "fr-mine-" + mine, "to", "fr-port", "permit",
                Map.of("number", "FR-TP-" + lot, "vehicle", "LEA-" + mine, "vehicleClass", "N3", "maxPayloadKg", "40000", "validFrom",
                        at.toString(), "validUntil", at.plusDays(5).toString()))));
        post(event("fr-r-" + lot, "received", at.plusDays(2), Map.of("lot", lot, "site", "fr-port", "massKg", "30000")));
    }

    private void exportOf(String lot, String consignment, String usd) {
        post(event("fr-e-" + lot, "exported", (lot.equals("FR-4") ? LATELY : LONG_AGO).plusDays(3), Map.of("consignment", consignment,
                "lots", List.of(lot), "port", "fr-port", "buyer", "fr-buyer", "destinationCountry", "CN", "declaredValueUsd", usd)));
    }

    private static BigDecimal ninetyPercent(BigDecimal amount) {
        return amount.multiply(new BigDecimal("0.9")).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    private BigDecimal duePkr(String lot) {
        Reply r = api.get("/api/v1/fiscal/assessments/royalty-" + lot);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return new BigDecimal(r.json().at("/assessment/figures/duePkr").asString());
    }

    private void receive(String licence, BigDecimal amount, LocalDate on, String challan) {
        receive(licence, "1415E1", amount, on, challan);
    }

    private void receive(String licence, String gfs, BigDecimal amount, LocalDate on, String challan) {
        Reply r = fx.receive(treasury, RevenueHttpFixture.receipt("fr-miner", licence, gfs, amount.toPlainString(), on.toString(), challan,
                "fr-treasury-ba"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private void pay(String licence, String gfs, String amount, LocalDate on, String challan) {
        Reply r = fx.pay(miner, RevenueHttpFixture.payment(licence, gfs, amount, on.toString(), challan));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private JsonNode alerts(String rule) {
        return alerts(rule, regulator);
    }

    private JsonNode alerts(String rule, String key) {
        Reply r = api.get("/api/v1/alerts?rule=" + rule, key);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("alerts");
    }

    private static List<String> licences(JsonNode alerts) {
        List<String> out = new ArrayList<>();
        alerts.forEach(a -> a.at("/subject/licences").forEach(l -> out.add(l.asString())));
        return out;
    }

    private void post(Map<String, Object> event) {
        Reply reply = api.post("/api/v1/events", miner, Api.json(event));
        assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
    }

    private static Map<String, Object> event(String id, String type, OffsetDateTime at, Map<String, Object> fields) {
        Map<String, Object> e = new LinkedHashMap<>(Map.of("eventId", id, "type", type, "time", at.toString()));
        e.putAll(fields);
        return e;
    }

    private void site(String admin, String id, String kind, double lat, double lon, String licence) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", id, "kind", kind, "lat", lat, "lon", lon, "operator", "fr-miner"));
        if (licence != null) {
            body.put("licence", licence);
        }
        Reply r = api.post("/api/v1/sites", admin, Api.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
