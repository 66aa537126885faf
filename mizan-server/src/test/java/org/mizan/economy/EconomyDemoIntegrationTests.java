package org.mizan.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.ledger.Auditor;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The national picture over real HTTP on PostgreSQL, on the demo: its one export valued by hand, its resource register
 * and years of supply beside USGS, and every bad write refused with a problem and nothing written.
 */
@TestPropertySource(properties = "mizan.demo.enabled=true")
class EconomyDemoIntegrationTests extends HttpIntegrationTest {

    private static final String EXPORT = "PK-EXP-2025-10-0001";

    @Autowired
    Auditor auditor;

    /**
     * The demo export of 2025-10-08, worked by hand from the demo's illustrative prices (USD per kg of contained element,
     * ore at the mine gate; concentrate payable at 0.85, oxide in full) and the lots' latest assays:
     * <pre>
     * copper concentrate 1000 kg: Cu 0.2684 → 268.4 kg, Au 0.0000151 → 0.0151 kg
     *   mine gate 268.4 × 2.40 + 0.0151 × 25000 = 644.16 + 377.50 = 1021.66
     *   exported (268.4 × 8.20 + 0.0151 × 74000) × 0.85 = 1870.748 + 949.79 = 2820.538
     * antimony concentrate 11500 kg: Sb 0.5580 → 6417 kg
     *   mine gate 6417 × 9 = 57753; exported 6417 × 22 × 0.85 = 119997.9
     * Nd oxide 320 kg: Nd 0.8521 → 272.672 kg; mine gate × 6 = 1636.032; exported × 70 = 19087.04
     * Pr oxide 95 kg: Pr 0.8196 → 77.862 kg; mine gate × 6 = 467.172; exported × 72 = 5606.064
     * mine gate 60877.864 → 60877.86; exported 147511.542 → 147511.54
     * value-added share (147511.542 − 60877.864) ÷ 147511.542 = 0.5873
     * </pre>
     */
    @Test
    void theDemoExportIsWorthItsHandWorkedValueAtTheMineGateAndAsExported() {
        Reply reply = api.get("/api/v1/economy/exports/" + EXPORT, adminKey());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode v = reply.json();
        assertThat(v.get("mineGateUsd").decimalValue()).isEqualByComparingTo("60877.86");
        assertThat(v.get("exportUsd").decimalValue()).isEqualByComparingTo("147511.54");
        assertThat(v.get("valueAddedShare").decimalValue()).isEqualByComparingTo("0.5873");
        assertThat(v.get("declaredUsd").decimalValue()).isEqualByComparingTo("186500.00");
        assertThat(v.get("quarter").asString()).isEqualTo("2025-Q4");
        assertThat(v.get("missing")).isEmpty();
        JsonNode sb = line(v, "HUB-SBC-2025-0001");
        assertThat(sb.get("stage").asString()).isEqualTo("beneficiation");
        assertThat(sb.get("mineGateUsd").decimalValue()).isEqualByComparingTo("57753");
        assertThat(sb.get("exportUsd").decimalValue()).isEqualByComparingTo("119997.9");
        JsonNode priced = sb.get("elements").get(0).get("asExported");
        assertThat(priced.get("pricePoint").asString()).isEqualTo("Sb-concentrate-2025-01-01-illustrative");
        assertThat(priced.get("payability").decimalValue()).isEqualByComparingTo("0.85");
        assertThat(priced.get("confidence").asString()).isEqualTo("illustrative");

        assertThat(api.get("/api/v1/economy/exports/" + EXPORT).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/economy/exports/" + EXPORT, stranger()).status()).isEqualTo(404);
    }

    /**
     * The demo has a second export, through EPCIS, on 2025-11-28: Nd oxide 410 kg × 0.8518 = 349.238 kg Nd, Pr oxide
     * 125 kg × 0.8195 = 102.4375 kg Pr, declared 96000.00; mine gate (349.238 + 102.4375) × 6 = 2710.053, exported
     * 349.238 × 70 + 102.4375 × 72 = 24446.66 + 7375.50 = 31822.16, all its dollars to separation.
     * By stage: beneficiation (the two concentrates of the first export) mine gate 1021.66 + 57753 = 58774.66, exported
     * 2820.538 + 119997.9 = 122818.438, share 0.5215, FX 186500 × 122818.438 ÷ 147511.542 = 155280.31; separation (the
     * oxides of both) mine gate 2103.204 + 2710.053 = 4813.257, exported 24693.104 + 31822.16 = 56515.264, share
     * 51702.007 ÷ 56515.264 = 0.9148, FX 186500 − 155280.315 + 96000 = 127219.69.
     * By quarter, 2025-Q4 holds both: 63587.917, 179333.702, value added 115745.785 (to the even cent .78), share 0.6454,
     * FX 282500.00, six priced lines.
     */
    @Test
    void valueAddedByStageSharesTheDeclaredDollarsInProportionToExportValue() {
        Reply reply = api.get("/api/v1/economy/value-added?by=stage");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode r : reply.json()) {
            rows.add(r.get("key").asString() + " " + r.get("mineGateUsd").decimalValue().toPlainString() + " "
                    + r.get("exportUsd").decimalValue().toPlainString() + " " + r.get("valueAddedShare").decimalValue().toPlainString()
                    + " " + r.get("fxUsd").decimalValue().toPlainString());
        }
        assertThat(rows).containsExactly("beneficiation 58774.66 122818.44 0.5215 155280.31", "separation 4813.26 56515.26 0.9148 127219.69");

        Reply csv = api.get("/api/v1/economy/value-added.csv?by=quarter");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo("dimension,key,mine_gate_usd,export_usd,value_added_usd,value_added_share,fx_usd,priced_lines,unpriced\r\n"
                + "quarter,2025-Q4,63587.92,179333.70,115745.78,0.6454,282500.00,6,\r\n");
        assertThat(api.get("/api/v1/economy/value-added?by=colour").type()).endsWith("invalid-dimension");
    }

    /**
     * Antimony: current probable reserve 40000 t × 0.15 = 6000 t, indicated resource 150000 t × 0.12 = 18000 t; the demo's
     * extractions (August 2025) are older than twelve months, so no years are given. USGS: Pakistan reserves 26000 t, mine
     * production 80 t in 2023 (estimated), 325.0 years. Rare earths: USGS does not list Pakistan, "not published".
     */
    @Test
    void yearsOfSupplyStandBesideUsgsAndSayWhenNothingWasExtractedOrPublished() {
        Reply reply = api.get("/api/v1/economy/years-of-supply");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode sb = element(reply.json(), "Sb");
        assertThat(sb.get("reservesTonnes").decimalValue()).isEqualByComparingTo("6000");
        assertThat(sb.get("resourcesTonnes").decimalValue()).isEqualByComparingTo("18000");
        assertThat(sb.get("note").asString()).isEqualTo("no extraction in the last 12 months");
        assertThat(sb.get("yearsLow").isNull()).isTrue();
        assertThat(sb.get("usgs").get("reservesTonnes").decimalValue()).isEqualByComparingTo("26000");
        assertThat(sb.get("usgs").get("productionTonnes").decimalValue()).isEqualByComparingTo("80");
        assertThat(sb.get("usgs").get("productionYear").asString()).isEqualTo("2023");
        assertThat(sb.get("usgs").get("years").decimalValue()).isEqualByComparingTo("325.0");
        JsonNode nd = element(reply.json(), "Nd");
        assertThat(nd.get("resourcesTonnes").decimalValue()).isEqualByComparingTo("8000");
        assertThat(nd.get("usgs").get("note").asString()).isEqualTo("not published");
        JsonNode cu = element(reply.json(), "Cu");
        assertThat(cu.get("resourcesTonnes").decimalValue()).as("the 2022 estimate is superseded").isEqualByComparingTo("540000");
        assertThat(cu.get("reservesTonnes").decimalValue()).isEqualByComparingTo("384000");

        Reply register = api.get("/api/v1/economy/resources.csv");
        assertThat(register.body()).contains("BA-ML-2022-0117-Cu-measured-resource-2022-03-31,BA-ML-2022-0117,Cu,measured-resource,"
                + "2022-03-31,100000000,0.0044,440000.0000");
        assertThat(api.get("/api/v1/economy/years-of-supply?resourceShare=1.5").type()).endsWith("out-of-range");
    }

    @Test
    void badPricesAndEstimatesAreProblemsAndNothingIsWritten() {
        String admin = adminKey();
        int prices = api.get("/api/v1/economy/prices").json().size();
        int estimates = api.get("/api/v1/economy/resources").json().size();
        Map<String, Object> price = Map.of("element", "Zr", "form", "metal", "validFrom", "2030-01-01", "value", "0", "currency", "USD",
                "unit", "kg", "source", "test", "confidence", "vendor");
        assertThat(api.post("/api/v1/economy/prices", admin, Api.json(price)).type()).endsWith("invalid-price");
        assertThat(api.post("/api/v1/economy/prices", admin, Api.json(with(price, "value", "-3"))).type()).endsWith("invalid-price");
        assertThat(api.post("/api/v1/economy/prices", admin, Api.json(with(with(price, "value", "3"), "currency", "EUR"))).type())
                .endsWith("invalid-currency");
        assertThat(api.post("/api/v1/economy/prices", admin, Api.json(with(with(price, "value", "3"), "unit", "bushel"))).type())
                .endsWith("invalid-unit");
        assertThat(api.post("/api/v1/economy/prices", admin, Api.json(with(with(price, "value", "3"), "confidence", "rumour"))).type())
                .endsWith("invalid-confidence");
        assertThat(api.post("/api/v1/economy/prices", stranger(), Api.json(with(price, "value", "3"))).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/economy/prices", admin, "{\"element\": \"Zr\", \"element\": \"Hf\"}").status()).isIn(400, 422);

        Map<String, Object> estimate = Map.of("licence", "KP-ML-2023-0042", "element", "Sb", "crirscoClass", "possible-reserve",
                "estimatedOn", "2025-03-31", "tonnes", "1000", "grade", "0.1", "competentPerson", "test", "reportSha256", "a".repeat(64));
        Reply badClass = api.post("/api/v1/economy/resources", admin, Api.json(estimate));
        assertThat(badClass.status()).isEqualTo(422);
        assertThat(badClass.type()).endsWith("invalid-resource-class");
        Reply overlap = api.post("/api/v1/economy/resources", admin, Api.json(with(estimate, "crirscoClass", "probable-reserve")));
        assertThat(overlap.status()).as(overlap.body()).isEqualTo(409);
        assertThat(overlap.type()).endsWith("overlapping-estimate");
        assertThat(api.post("/api/v1/economy/resources", admin, Api.json(with(with(estimate, "crirscoClass", "inferred-resource"), "reportSha256", "xyz"))).type())
                .endsWith("invalid-report-hash");
        assertThat(api.post("/api/v1/economy/resources", keyFor("balochistan-mmdd", Role.REGULATOR),
                Api.json(with(estimate, "crirscoClass", "proved-reserve"))).status()).as("a regulator of another province").isEqualTo(403);

        assertThat(api.get("/api/v1/economy/prices").json().size()).isEqualTo(prices);
        assertThat(api.get("/api/v1/economy/resources").json().size()).isEqualTo(estimates);
        assertThat(auditor.audit().problems()).isEmpty();
    }

    @Test
    void theRegulatorOfTheLicencesProvinceDeclaresAnEstimateCommittedToTheLog() {
        Map<String, Object> estimate = Map.of("licence", "KP-ML-2023-0042", "element", "Bi", "crirscoClass", "measured-resource",
                "estimatedOn", "2026-06-30", "tonnes", "50000", "grade", "0.2", "competentPerson", "test person", "reportSha256", "b".repeat(64));
        Reply added = api.post("/api/v1/economy/resources", keyFor("kp-mdd", Role.REGULATOR), Api.json(estimate));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("estimate").get("declaredBy").asString()).isEqualTo("kp-mdd");
        assertThat(added.json().get("logIndex").asLong()).isPositive();
        assertThat(auditor.audit().problems()).isEmpty();
    }

    /** The public pages carry the hand-worked figures with their sources, in English and in Urdu. */
    @Test
    void thePublicPagesShowTheFiguresWithTheirSourcesInBothLanguages() {
        Reply value = api.get("/economy/value-added");
        assertThat(value.status()).isEqualTo(200);
        assertThat(value.body()).contains("Beneficiation (concentrate)", "58,774.66", "122,818.44", "52.2 %", "155,280.31",
                "Mizan&#39;s illustrative demo price", "/api/v1/economy/value-added.csv?by=stage");
        Reply resources = api.get("/economy/resources");
        assertThat(resources.body()).contains("No extraction in the last 12 months", "Reserves 26,000 t; mine production 80 t in 2023; 325 years",
                "not published", "Probable reserve", "(superseded)");
        assertThat(api.get("/economy/value-added?lang=ur").body()).contains("ملک میں اضافی قدر، مرحلہ وار", "افزودگی (کنسنٹریٹ)");
        assertThat(api.get("/economy/resources?lang=ur").body()).contains("وسائل اور فراہمی کے سال", "شائع نہیں ہوا");
    }

    /** A company with no part in the demo's chain. */
    private String stranger() {
        if (api.get("/api/v1/parties/eco-stranger").status() == 404) {
            api.post("/api/v1/parties", adminKey(), Api.json(Map.of("id", "eco-stranger", "name", "eco-stranger", "kind", "company",
                    "country", "PK")));
        }
        return keyFor("eco-stranger", Role.OPERATOR);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> out = new java.util.LinkedHashMap<>(body);
        out.put(key, value);
        return out;
    }

    private static JsonNode line(JsonNode value, String lot) {
        for (JsonNode l : value.get("lines")) {
            if (l.get("lot").asString().equals(lot)) {
                return l;
            }
        }
        throw new AssertionError("no line " + lot + " in " + value);
    }

    private static JsonNode element(JsonNode rows, String element) {
        for (JsonNode r : rows) {
            if (r.get("element").asString().equals(element)) {
                return r;
            }
        }
        throw new AssertionError("no element " + element + " in " + rows);
    }
}
