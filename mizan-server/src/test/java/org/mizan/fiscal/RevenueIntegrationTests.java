package org.mizan.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.fiscal.RevenueHttpFixture.assertProblem;
import static org.mizan.fiscal.RevenueHttpFixture.payment;
import static org.mizan.fiscal.RevenueHttpFixture.receipt;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.ledger.Auditor;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Payments and receipts over real HTTP on PostgreSQL: declared by the licence holder, received by the treasury,
 * committed to the log so the audit recomputes them, reconciled per fiscal year, and every bad request a problem
 * that writes nothing. Its figures fall in fiscal year 2031-32, which no other test uses.
 */
class RevenueIntegrationTests extends HttpIntegrationTest {

    @Autowired
    Auditor auditor;

    private RevenueHttpFixture fx;
    private String miner;
    private String treasury;

    @BeforeEach
    void parties() {
        fx = new RevenueHttpFixture(api);
        String admin = adminKey();
        fx.party(admin, "rv-regulator-ba", "regulator", "PK-BA");
        fx.party(admin, "rv-treasury-ba", "regulator", "PK-BA");
        fx.party(admin, "rv-miner", "company", null);
        fx.party(admin, "rv-other", "company", null);
        String regulator = keyFor("rv-regulator-ba", Role.REGULATOR);
        fx.licence(regulator, "RV-ML-2031-001", "rv-miner", 64.00);
        fx.licence(regulator, "RV-ML-2031-002", "rv-other", 64.10);
        miner = keyFor("rv-miner", Role.OPERATOR);
        treasury = keyFor("rv-treasury-ba", Role.TREASURY);
    }

    @Test
    void aDeclaredPaymentIsStoredWithItsFiscalYearAndLogEntry() {
        Reply paid = fx.pay(miner, payment("RV-ML-2031-001", "1415E1", "1250000.50", "2032-06-30", "RV-CH-0001"));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        JsonNode p = paid.json();
        assertThat(p.get("company").asString()).isEqualTo("rv-miner");
        assertThat(p.get("amount").asString()).isEqualTo("1250000.50");
        assertThat(p.get("gfsName").asString()).isEqualTo("Royalties");
        assertThat(p.get("fiscalYear").asString()).isEqualTo("2031-32");
        assertThat(p.get("logIndex").asLong()).isGreaterThanOrEqualTo(0);

        Reply one = api.get("/api/v1/fiscal/payments/" + p.get("id").asLong(), miner);
        assertThat(one.json().get("challan").asString()).isEqualTo("RV-CH-0001");
        assertThat(one.json().get("logIndex").asLong()).isEqualTo(p.get("logIndex").asLong());
        // Another company's key does not see it.
        assertProblem(api.get("/api/v1/fiscal/payments/" + p.get("id").asLong(), keyFor("rv-other", Role.OPERATOR)), 404,
                "payment-not-found");
        assertThat(auditor.audit().problems()).isEmpty();
    }

    @Test
    void reconciliationListsTheMaterialShortfallWithBothSidesLogEntries() {
        Reply paid = fx.pay(miner, payment("RV-ML-2031-001", "114521E", "2000000", "2031-07-01", "RV-CH-0100"));
        Map<String, Object> body = receipt("rv-miner", "RV-ML-2031-001", "114521E", "1985000", "2031-07-03", "RV-CH-0100",
                "rv-treasury-ba");
        body.put("payment", paid.json().get("id").asLong());
        Reply got = fx.receive(treasury, body);
        assertThat(got.status()).as(got.body()).isEqualTo(201);
        assertThat(got.json().get("recordedBy").asString()).isEqualTo("rv-treasury-ba");

        Reply rec = api.get("/api/v1/fiscal/reconciliation?fiscalYear=2031-32", treasury);
        assertThat(rec.status()).as(rec.body()).isEqualTo(200);
        JsonNode line = null;
        for (JsonNode l : rec.json().get("differences")) {
            if (l.get("gfsCode").asString().equals("114521E") && l.get("licence").asString().equals("RV-ML-2031-001")) {
                line = l;
            }
        }
        assertThat(line).as(rec.body()).isNotNull();
        assertThat(line.get("declared").asString()).isEqualTo("2000000");
        assertThat(line.get("received").asString()).isEqualTo("1985000");
        assertThat(line.get("difference").asString()).isEqualTo("-15000");
        assertThat(line.get("material").asBoolean()).isTrue();
        assertThat(line.get("paymentEntries").get(0).asLong()).isEqualTo(paid.json().get("logIndex").asLong());
        assertThat(line.get("receiptEntries").get(0).asLong()).isEqualTo(got.json().get("logIndex").asLong());
        assertThat(auditor.audit().problems()).isEmpty();
    }

    @Test
    void badPaymentsAreProblemsAndWriteNothing() {
        long before = payments();
        assertProblem(fx.pay(miner, payment("RV-ML-2031-001", "9999E", "100", "2031-08-01", "RV-CH-0200")), 422, "unknown-gfs-code");
        assertProblem(fx.pay(miner, payment("RV-ML-2031-001", "1415E1", "0", "2031-08-01", "RV-CH-0201")), 422, "amount-not-positive");
        assertProblem(fx.pay(miner, payment("RV-ML-2031-001", "1415E1", "-5", "2031-08-01", "RV-CH-0202")), 422, "amount-not-positive");
        Map<String, Object> dollars = payment("RV-ML-2031-001", "1415E1", "100", "2031-08-01", "RV-CH-0203");
        dollars.put("currency", "XYZ");
        assertProblem(fx.pay(miner, dollars), 422, "unknown-currency");
        assertProblem(fx.pay(miner, payment("RV-ML-2031-002", "1415E1", "100", "2031-08-01", "RV-CH-0204")), 403, "licence-not-held");
        Reply wrongType = api.post("/api/v1/fiscal/payments", miner, "{\"licence\":\"RV-ML-2031-001\",\"gfsCode\":\"1415E1\","
                + "\"amount\":\"lots\",\"currency\":\"PKR\",\"paidOn\":\"2031-08-01\",\"challan\":\"RV-CH-0205\"}");
        assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(400);
        Map<String, Object> lower = payment("RV-ML-2031-001", "1415E1", "100", "2031-08-01", "RV-CH-0206");
        lower.put("currency", "pkr");
        assertProblem(fx.pay(miner, lower), 422, "invalid-currency");
        assertProblem(fx.pay(miner, payment("RV-ML-2031-001", "1415E1", "0.0000000000000000001", "2031-08-01", "RV-CH-0207")),
                422, "invalid-amount");
        Map<String, Object> forOther = payment("RV-ML-2031-001", "1415E1", "100", "2031-08-01", "RV-CH-0208");
        forOther.put("company", "rv-other");
        assertProblem(fx.pay(miner, forOther), 403, "not-your-company");
        assertProblem(fx.pay(miner, payment("RV-NONE-1", "1415E1", "100", "2031-08-01", "RV-CH-0209")), 422, "unknown-licence");
        Reply repeated = api.post("/api/v1/fiscal/payments", miner, "{\"licence\":\"RV-ML-2031-001\",\"gfsCode\":\"1415E1\","
                + "\"amount\":100,\"amount\":200,\"currency\":\"PKR\",\"paidOn\":\"2031-08-01\",\"challan\":\"RV-CH-0210\"}");
        assertThat(repeated.status()).as(repeated.body()).isEqualTo(400);
        assertThat(payments()).isEqualTo(before);
    }

    @Test
    void aRegulatorRecordsReceiptsOfItsOwnProvinceOnly() {
        fx.party(adminKey(), "rv-regulator-kp", "regulator", "PK-KP");
        Map<String, Object> body = receipt("rv-miner", "RV-ML-2031-001", "1415E1", "100", "2031-08-01", "RV-CH-0500", "rv-treasury-ba");
        assertProblem(fx.receive(keyFor("rv-regulator-kp", Role.REGULATOR), body), 403, "outside-jurisdiction");
        Reply ok = fx.receive(keyFor("rv-regulator-ba", Role.REGULATOR), body);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("recordedBy").asString()).isEqualTo("rv-regulator-ba");
        // A company reads only its own receipts.
        assertProblem(api.get("/api/v1/fiscal/receipts?company=rv-miner", keyFor("rv-other", Role.OPERATOR)), 403, "not-your-company");
        assertThat(api.get("/api/v1/fiscal/receipts?licence=RV-ML-2031-001", keyFor("rv-other", Role.OPERATOR)).json()
                .get("receipts")).isEmpty();
    }

    @Test
    void badReceiptsAndYearsAreProblemsAndWriteNothing() {
        long before = receipts();
        Map<String, Object> body = receipt("rv-miner", "RV-ML-2031-001", "1415E1", "100", "2031-08-01", "RV-CH-0300", "rv-treasury-ba");
        assertProblem(fx.receive(miner, body), 403, "not-treasury");
        assertProblem(fx.receive(keyFor("rv-miner", Role.AUDITOR), body), 403, "not-treasury");
        assertProblem(fx.receive(treasury, receipt("rv-other", "RV-ML-2031-001", "1415E1", "100", "2031-08-01", "RV-CH-0301",
                "rv-treasury-ba")), 422, "licence-not-held");
        assertProblem(fx.receive(treasury, receipt("rv-miner", "RV-ML-2031-001", "1415E1", "100", "2031-08-01", "RV-CH-0302",
                "rv-nobody")), 422, "unknown-party");
        assertThat(receipts()).isEqualTo(before);
        assertProblem(api.get("/api/v1/fiscal/reconciliation?fiscalYear=2031-2032", treasury), 400, "invalid-fiscal-year");
        assertProblem(api.get("/api/v1/fiscal/payments?fiscalYear=31-32", treasury), 400, "invalid-fiscal-year");
        assertProblem(api.get("/api/v1/fiscal/revenue?fiscalYear=2031-32&province=PK-ZZ"), 422, "unknown-province");
    }

    @Test
    void aChallanIsDeclaredOnce() {
        assertThat(fx.pay(miner, payment("RV-ML-2031-001", "1415E2", "5000", "2031-09-01", "RV-CH-0400")).status()).isEqualTo(201);
        assertProblem(fx.pay(miner, payment("RV-ML-2031-001", "1415E2", "5000", "2031-09-01", "RV-CH-0400")), 409, "challan-declared");
    }

    private long payments() {
        return api.get("/api/v1/fiscal/payments?limit=1000", treasury).json().get("payments").size();
    }

    private long receipts() {
        return api.get("/api/v1/fiscal/receipts?limit=1000", treasury).json().get("receipts").size();
    }

    @Test
    void anAmountOfTenMillionDigitsIsRefusedInAFewHundredBytes() {
        Reply huge = api.post("/api/v1/fiscal/payments", miner, "{\"licence\":\"RV-ML-2031-001\",\"gfsCode\":\"1415E1\","
                + "\"amount\":1e9999999,\"currency\":\"PKR\",\"paidOn\":\"2032-01-01\",\"challan\":\"RV-HUGE\"}");
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.body().length()).as("the answer quotes the number in scientific notation").isLessThan(600);
        assertThat(huge.body()).contains("1E+9999999");
        Reply rate = api.post("/api/v1/fiscal/rates", adminKey(), "{\"province\":\"PK-BA\",\"mineral\":\"chromite\",\"element\":\"Cr\","
                + "\"basis\":\"contained-value\",\"rate\":\"-1e9999999\",\"valuePoint\":\"mine-gate\",\"priceItem\":\"Cr\","
                + "\"validFrom\":\"2031-01-01\",\"citation\":\"test\"}");
        assertThat(rate.status()).as(rate.body().substring(0, Math.min(300, rate.body().length()))).isEqualTo(422);
        assertThat(rate.body().length()).isLessThan(600);
    }
}
