package org.mizan.fiscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.kernel.PartyId;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;

/**
 * Royalties over real HTTP on PostgreSQL: the seeded regimes and USGS prices, rate rows added by the
 * regulator of their province only and never overlapping, and assessments made on the first dispatch
 * from a mine, with the worked examples as known answers.
 */
class RoyaltyIntegrationTests extends HttpIntegrationTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-09-01T06:00:00+05:00");

    private String minerKey;
    private String balochistanKey;
    private String kpKey;

    @BeforeEach
    void world() {
        String admin = adminKey();
        if (api.get("/api/v1/parties/ry-miner").status() == 404) {
            party(admin, "ry-miner", "company", null);
            party(admin, "ry-processor", "processor", null);
            party(admin, "ry-reg-ba", "regulator", "PK-BA");
            party(admin, "ry-reg-kp", "regulator", "PK-KP");
            licence(admin, "RY-ML-CU", "PK-BA", "copper", 65.90, 27.60);
            licence(admin, "RY-ML-SB", "PK-KP", "antimony", 72.30, 34.90);
            site(admin, Map.of("id", "ry-cu-mine", "name", "ry-cu-mine", "kind", "mine", "lat", 27.615, "lon", 65.915, "operator",
                    "ry-miner", "licence", "RY-ML-CU"));
            site(admin, Map.of("id", "ry-sb-mine", "name", "ry-sb-mine", "kind", "mine", "lat", 34.915, "lon", 72.315, "operator",
                    "ry-miner", "licence", "RY-ML-SB"));
            licence(admin, "RY-ML-CU2", "PK-BA", "copper", 65.95, 27.70);
            site(admin, Map.of("id", "ry-cu2-mine", "name", "ry-cu2-mine", "kind", "mine", "lat", 27.715, "lon", 65.965, "operator",
                    "ry-miner", "licence", "RY-ML-CU2"));
            site(admin, Map.of("id", "ry-plant", "name", "ry-plant", "kind", "plant", "lat", 25.0, "lon", 67.2, "operator", "ry-miner"));
        }
        minerKey = keys.issue(new PartyId("ry-miner"), Role.OPERATOR).secret();
        balochistanKey = keys.issue(new PartyId("ry-reg-ba"), Role.REGULATOR).secret();
        kpKey = keys.issue(new PartyId("ry-reg-kp"), Role.REGULATOR).secret();
    }

    @Test
    void theSeededRegimesAreTheSourcedPakistaniRatesAndIllustrativeOnesSayingSo() {
        JsonNode sindh = ok(api.get("/api/v1/fiscal/rates?province=PK-SD"));
        assertThat(sindh.findValuesAsString("id")).contains("PK-SD-coal-2002");
        JsonNode coal = sindh.get(0).get("row");
        assertThat(coal.get("rate").asString()).isEqualTo("0.075");
        assertThat(coal.get("minimumPerTonne").asString()).isEqualTo("150");
        assertThat(coal.get("currency").asString()).isEqualTo("PKR");
        assertThat(coal.get("valuePoint").asString()).isEqualTo("pit-mouth");
        assertThat(sindh.get(0).get("illustrative").asBoolean()).isFalse();

        JsonNode punjab = ok(api.get("/api/v1/fiscal/rates?province=PK-PB")).get(0).get("row");
        assertThat(punjab.get("rate").asString()).isEqualTo("0.06");
        assertThat(punjab.get("valuePoint").asString()).isEqualTo("ex-factory");

        JsonNode copper = find(ok(api.get("/api/v1/fiscal/rates?province=PK-BA")), "PK-BA-copper-illustrative");
        assertThat(copper.get("illustrative").asBoolean()).isTrue();
        assertThat(copper.get("notice").asString()).isEqualTo("illustrative, not a published rate");
    }

    @Test
    void usgsPricesAreReadPastTheirByteOrderMarkQuotedThousandsAndGaps() {
        JsonNode copper = ok(api.get("/api/v1/fiscal/prices?item=Cu"));
        assertThat(copper.findValuesAsString("year")).containsExactly("2019", "2020", "2021", "2022", "2023");
        assertThat(copper.get(4).get("price").get("value").asString()).isEqualTo("390");
        assertThat(copper.get(4).get("price").get("unit").asString()).isEqualTo("USc/lb");
        assertThat(copper.get(4).get("price").get("confidence").asString()).isEqualTo("official");
        // The 2021 and 2022 rows of the rare-earth table quote a consumption of "7,900" and "10,200" before the price.
        JsonNode neodymium = ok(api.get("/api/v1/fiscal/prices?item=Nd2O3"));
        assertThat(neodymium.findValuesAsString("value")).containsExactly("45", "49", "98", "134", "80");
        JsonNode antimony = ok(api.get("/api/v1/fiscal/prices?item=Sb"));
        assertThat(antimony.get(4).get("price").get("value").asString()).isEqualTo("5.60");
    }

    @Test
    void theFirstDispatchFromAMineIsAssessedOnceWithEveryInputNamed() {
        post(List.of(extracted("ry-x1", "RY-CU-1", "ry-cu-mine", "cu-concentrate", "concentrate", "30000", Map.of("Cu", "0.25")),
                dispatched("ry-d1", "RY-CU-1", "ry-cu-mine", "ry-plant", 2),
                extracted("ry-x2", "RY-SB-1", "ry-sb-mine", "sb-concentrate", "concentrate", "10000", Map.of("Sb", "0.60")),
                dispatched("ry-d2", "RY-SB-1", "ry-sb-mine", "ry-plant", 3)));

        JsonNode copper = ok(api.get("/api/v1/fiscal/assessments/royalty-RY-CU-1")).get("assessment");
        assertThat(copper.get("assessed").asBoolean()).isTrue();
        assertThat(copper.get("figures").get("dueUsd").asString()).isEqualTo("3224.26");
        assertThat(copper.get("eventId").asString()).isEqualTo("ry-d1");
        assertThat(copper.get("taxableEvent").asString()).isEqualTo("first dispatch from a mine site");
        assertThat(copper.get("licence").asString()).isEqualTo("RY-ML-CU");
        assertThat(copper.get("province").asString()).isEqualTo("PK-BA");
        assertThat(copper.get("massKg").asString()).isEqualTo("30000");
        assertThat(copper.get("grade").asString()).isEqualTo("0.25");
        assertThat(copper.get("gradeSource").asString()).isEqualTo("ry-x1");
        assertThat(copper.get("rate").get("id").asString()).isEqualTo("PK-BA-copper-illustrative");
        assertThat(copper.get("price").get("id").asString()).isEqualTo("usgs-cu-2023");
        // 2025-09-01 lies after the rate published from 2025-07-01 (283.00 rupees per dollar).
        assertThat(copper.get("exchangeRate").get("pkrPerUsd").asString()).isEqualTo("283.00");
        assertThat(copper.get("figures").get("duePkr").asString()).isEqualTo("912465.75");

        JsonNode antimony = ok(api.get("/api/v1/fiscal/assessments/royalty-RY-SB-1")).get("assessment");
        assertThat(antimony.get("figures").get("dueUsd").asString()).isEqualTo("3703.77");

        // A later dispatch of the same lot is not a second taxable event.
        post(List.of(received("ry-r1", "RY-CU-1", "ry-plant", "30000", 20), dispatched("ry-d3", "RY-CU-1", "ry-plant", "ry-cu-mine", 30)));
        JsonNode ofLicence = ok(api.get("/api/v1/fiscal/assessments?licence=RY-ML-CU")).get("assessments");
        assertThat(ofLicence.size()).isEqualTo(1);
        assertThat(ofLicence.get(0).get("id").asString()).isEqualTo("royalty-RY-CU-1");
        assertThat(ofLicence.get(0).get("assessment").get("eventId").asString()).isEqualTo("ry-d1");
    }

    @Test
    void anIncentiveRelievesPartOfTheRoyaltyAndTheForgoneRevenueIsPublishedBesideWhatIsDue() {
        Map<String, Object> half = Map.of("kind", "reduced-rate", "scope", "licence", "scopeValue", "RY-ML-CU2", "relief", "0.5",
                "validFrom", "2025-01-01", "validTo", "2027-12-31", "citation", "test notification: half royalty for a new lease");
        assertProblem(api.post("/api/v1/fiscal/incentives", kpKey, Api.json(half)), 403, "outside-jurisdiction");
        assertProblem(api.post("/api/v1/fiscal/incentives", balochistanKey, Api.json(Map.of("kind", "processing-credit", "scope", "stage",
                "scopeValue", "2", "relief", "0.2", "validFrom", "2025-01-01", "citation", "national"))), 403, "outside-jurisdiction");
        Map<String, Object> tooMuch = new LinkedHashMap<>(half);
        tooMuch.put("relief", "1.5");
        assertProblem(api.post("/api/v1/fiscal/incentives", balochistanKey, Api.json(tooMuch)), 422, "invalid-incentive");
        Map<String, Object> partialHoliday = new LinkedHashMap<>(half);
        partialHoliday.put("kind", "royalty-holiday");
        assertProblem(api.post("/api/v1/fiscal/incentives", balochistanKey, Api.json(partialHoliday)), 422, "invalid-incentive");
        Reply granted = api.post("/api/v1/fiscal/incentives", balochistanKey, Api.json(half));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);

        post(List.of(extracted("ry-x5", "RY-CU-5", "ry-cu2-mine", "cu-concentrate", "concentrate", "30000", Map.of("Cu", "0.25")),
                dispatched("ry-d5", "RY-CU-5", "ry-cu2-mine", "ry-plant", 2)));

        JsonNode relieved = ok(api.get("/api/v1/fiscal/assessments/royalty-RY-CU-5")).get("assessment");
        assertThat(relieved.get("relief").asString()).isEqualTo("0.5");
        assertThat(relieved.get("incentive").get("incentive").asString()).isEqualTo("reduced-rate");
        assertThat(relieved.get("figures").get("grossUsd").asString()).isEqualTo("3224.26");
        assertThat(relieved.get("figures").get("forgoneUsd").asString()).isEqualTo("1612.13");
        assertThat(relieved.get("figures").get("dueUsd").asString()).isEqualTo("1612.13");

        JsonNode totals = ok(api.get("/api/v1/fiscal/royalty-totals?year=2025&province=PK-BA"));
        JsonNode lease = null;
        for (JsonNode row : totals) {
            if ("RY-ML-CU2".equals(row.get("licence").asString())) {
                lease = row;
            }
        }
        assertThat(lease).as(totals.toString()).isNotNull();
        assertThat(lease.get("dueUsd").decimalValue()).isEqualByComparingTo("1612.13");
        assertThat(lease.get("forgoneUsd").decimalValue()).isEqualByComparingTo("1612.13");
        assertThat(lease.get("assessments").asLong()).isEqualTo(1);
        assertThat(ok(api.get("/api/v1/fiscal/royalty-totals?year=2024&province=PK-BA")).toString()).doesNotContain("RY-ML-CU2");
        assertProblem(api.get("/api/v1/fiscal/royalty-totals?year=99999"), 422, "out-of-range");
    }

    @Test
    void onlyTheRegulatorOfTheProvinceAddsRatesAndRowsNeverOverlap() {
        Map<String, Object> row = rate("PK-BA", "chromite", "0.04", "2026-01-01", null);
        Reply foreign = api.post("/api/v1/fiscal/rates", kpKey, Api.json(row));
        assertProblem(foreign, 403, "outside-jurisdiction");
        Reply operator = api.post("/api/v1/fiscal/rates", minerKey, Api.json(row));
        assertThat(operator.status()).as(operator.body()).isEqualTo(403);

        Reply added = api.post("/api/v1/fiscal/rates", balochistanKey, Api.json(row));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("logIndex").asLong()).isPositive();
        assertThat(added.json().get("row").get("rate").asString()).isEqualTo("0.04");

        // The same first day is ambiguous; a bounded row covering the open row's start overlaps it.
        assertProblem(api.post("/api/v1/fiscal/rates", balochistanKey, Api.json(rate("PK-BA", "chromite", "0.05", "2026-01-01", null))), 409,
                "overlapping-rate");
        assertProblem(api.post("/api/v1/fiscal/rates", balochistanKey, Api.json(rate("PK-BA", "chromite", "0.05", "2025-06-01",
                "2026-02-01"))), 409, "overlapping-rate");
        // A later row supersedes the open one from its first day.
        Reply superseding = api.post("/api/v1/fiscal/rates", balochistanKey, Api.json(rate("PK-BA", "chromite", "0.045", "2027-01-01", null)));
        assertThat(superseding.status()).as(superseding.body()).isEqualTo(201);
        // A bounded row that ends before the first one starts is fine.
        Reply earlier = api.post("/api/v1/fiscal/rates", balochistanKey, Api.json(rate("PK-BA", "chromite", "0.03", "2024-01-01",
                "2025-12-31")));
        assertThat(earlier.status()).as(earlier.body()).isEqualTo(201);
    }

    @Test
    void badRatesAreRefusedAndNothingIsWritten() {
        int before = ok(api.get("/api/v1/fiscal/rates?province=PK-BA")).size();
        assertProblem(api.post("/api/v1/fiscal/rates", balochistanKey, Api.json(rate("PK-BA", "lead-zinc", "1.5", "2026-01-01", null))), 422,
                "invalid-rate");
        assertProblem(api.post("/api/v1/fiscal/rates", balochistanKey, Api.json(rate("PK-BA", "lead-zinc", "0", "2026-01-01", null))), 422,
                "invalid-rate");
        assertProblem(api.post("/api/v1/fiscal/rates", balochistanKey, Api.json(rate("PK-BA", "lead-zinc", "-0.01", "2026-01-01", null))),
                422, "invalid-rate");
        assertProblem(api.post("/api/v1/fiscal/rates", balochistanKey, Api.json(rate("PK-ZZ", "lead-zinc", "0.05", "2026-01-01", null))),
                422, "unknown-province");
        Map<String, Object> euro = new LinkedHashMap<>(rate("PK-BA", "lead-zinc", "0.05", "2026-01-01", null));
        euro.put("currency", "XYZ");
        euro.put("minimumPerTonne", "10");
        assertProblem(api.post("/api/v1/fiscal/rates", balochistanKey, Api.json(euro)), 422, "unknown-currency");
        assertProblem(api.post("/api/v1/fiscal/rates", balochistanKey, Api.json(rate("PK-BA", "lead-zinc", "0.05", "2026-03-01",
                "2026-01-01"))), 422, "invalid-validity");
        assertProblem(api.post("/api/v1/fiscal/rates", balochistanKey, "{\"province\":\"PK-BA\",\"province\":\"PK-KP\"}"), 400, null);
        assertThat(ok(api.get("/api/v1/fiscal/rates?province=PK-BA")).size()).isEqualTo(before);
        assertProblem(api.get("/api/v1/fiscal/assessments?limit=0"), 422, "out-of-range");
        assertProblem(api.get("/api/v1/fiscal/assessments/royalty-none"), 404, "unknown-assessment");
    }

    private static Map<String, Object> rate(String province, String mineral, String rate, String from, String to) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("province", province, "mineral", mineral, "element", "Cr", "basis",
                "contained-value", "rate", rate, "valuePoint", "mine-gate", "priceItem", "Cr", "validFrom", from, "citation",
                "test notification"));
        if (to != null) {
            body.put("validTo", to);
        }
        return body;
    }

    private static JsonNode find(JsonNode rows, String id) {
        for (JsonNode row : rows) {
            if (row.get("id").asString().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no row " + id + " in " + rows);
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (type != null) {
            assertThat(reply.type()).isEqualTo("/problems/" + type);
        }
    }

    private void post(List<Map<String, Object>> events) {
        Reply reply = api.post("/api/v1/events", minerKey, Api.json(Map.of("events", events)));
        assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
    }

    private static Map<String, Object> extracted(String id, String lot, String site, String material, String form, String kg,
            Map<String, String> grades) {
        double lat = site.equals("ry-cu-mine") ? 27.615 : site.equals("ry-cu2-mine") ? 27.715 : 34.915;
        double lon = site.equals("ry-cu-mine") ? 65.915 : site.equals("ry-cu2-mine") ? 65.965 : 72.315;
        return event(id, "extracted", T0, Map.of("lot", lot, "site", site, "material", material, "form", form, "massKg", kg, "grades",
                grades, "location", Map.of("lat", lat, "lon", lon)));
    }

    private static Map<String, Object> dispatched(String id, String lot, String from, String to, int hour) {
        return event(id, "dispatched", T0.plusHours(hour), Map.of("lot", lot, "from", from, "to", to, "permit", Map.of("number",
                "RY-TP-" + id, "vehicle", "LEA-1", "vehicleClass", "N3", "maxPayloadKg", "40000", "validFrom", T0.toString(), "validUntil",
                T0.plusDays(3).toString())));
    }

    private static Map<String, Object> received(String id, String lot, String site, String kg, int hour) {
        return event(id, "received", T0.plusHours(hour), Map.of("lot", lot, "site", site, "massKg", kg));
    }

    private static Map<String, Object> event(String id, String type, OffsetDateTime at, Map<String, Object> fields) {
        Map<String, Object> e = new LinkedHashMap<>(Map.of("eventId", id, "type", type, "time", at.toString()));
        e.putAll(fields);
        return e;
    }

    private void party(String admin, String id, String kind, String jurisdiction) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", id, "kind", kind, "country", "PK"));
        if (jurisdiction != null) {
            body.put("jurisdiction", jurisdiction);
        }
        expect(api.post("/api/v1/parties", admin, Api.json(body)));
    }

    private void licence(String admin, String number, String province, String mineral, double lon, double lat) {
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(lon, lat), List.of(lon + 0.03, lat),
                List.of(lon + 0.03, lat + 0.03), List.of(lon, lat + 0.03), List.of(lon, lat))));
        expect(api.post("/api/v1/licences", admin, Api.json(Map.of("number", number, "type", "mining-lease", "holder", "ry-miner",
                "province", province, "minerals", List.of(Map.of("mineral", mineral, "annualCapacityTonnes", 500)), "area", area, "granted",
                "2024-01-01", "expires", "2034-12-31"))));
    }

    private void site(String admin, Map<String, Object> site) {
        expect(api.post("/api/v1/sites", admin, Api.json(site)));
    }

    private static void expect(Reply reply) {
        if (reply.status() / 100 != 2) {
            throw new AssertionError("Setup failed with " + reply.status() + ": " + reply.body());
        }
    }
}
