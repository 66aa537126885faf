package org.mizan.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;

/**
 * Years of supply over real HTTP on PostgreSQL from extractions custody recorded: chromite, which no other test mines,
 * from one Balochistan licence, one extraction inside the trailing twelve months and one before them.
 */
class EconomyIntegrationTests extends HttpIntegrationTest {

    private static final ZoneOffset PKT = ZoneOffset.ofHours(5);

    @BeforeEach
    void world() {
        String admin = adminKey();
        if (api.get("/api/v1/parties/eco-cr-miner").status() == 404) {
            expect(api.post("/api/v1/parties", admin, Api.json(Map.of("id", "eco-cr-miner", "name", "eco-cr-miner", "kind", "company",
                    "country", "PK"))));
            expect(api.post("/api/v1/parties", admin, Api.json(Map.of("id", "eco-reg-ba", "name", "eco-reg-ba", "kind", "regulator",
                    "country", "PK", "jurisdiction", "PK-BA"))));
            Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(66.50, 28.50), List.of(66.53, 28.50),
                    List.of(66.53, 28.53), List.of(66.50, 28.53), List.of(66.50, 28.50))));
            expect(api.post("/api/v1/licences", admin, Api.json(Map.of("number", "ECO-ML-CR", "type", "mining-lease", "holder",
                    "eco-cr-miner", "province", "PK-BA", "minerals", List.of(Map.of("mineral", "chromite", "annualCapacityTonnes", 500)),
                    "area", area, "granted", "2024-01-01", "expires", "2034-12-31"))));
            expect(api.post("/api/v1/sites", admin, Api.json(Map.of("id", "eco-cr-mine", "name", "eco-cr-mine", "kind", "mine", "lat",
                    28.515, "lon", 66.515, "operator", "eco-cr-miner", "licence", "ECO-ML-CR"))));
            OffsetDateTime now = OffsetDateTime.now(PKT).truncatedTo(ChronoUnit.SECONDS);
            String miner = keyFor("eco-cr-miner", Role.OPERATOR);
            expect(api.post("/api/v1/events", miner, Api.json(Map.of("events", List.of(extracted("eco-cr-1", now.minusDays(30)),
                    extracted("eco-cr-old", now.minusDays(400)))))));
            String regulator = keyFor("eco-reg-ba", Role.REGULATOR);
            expect(api.post("/api/v1/economy/resources", regulator, Api.json(estimate("probable-reserve", "2000", "0.30"))));
            expect(api.post("/api/v1/economy/resources", regulator, Api.json(estimate("indicated-resource", "4000", "0.2"))));
        }
    }

    /**
     * Extracted in the last twelve months: 40000 kg × 0.25 Cr = 10 t (the one 400 days ago is not counted). Reserves
     * 2000 t × 0.30 = 600 t, resources 4000 t × 0.2 = 800 t. Share 0.5: (600 + 400) ÷ 10 = 100.0 years; share 0.25:
     * (600 + 200) ÷ 10 = 80.0. USGS does not list Pakistan for chromite.
     */
    @Test
    void yearsOfSupplyDivideReservesAndAShareOfResourcesByTheLastYearsExtraction() {
        JsonNode cr = chromium(api.get("/api/v1/economy/years-of-supply"));
        assertThat(cr.get("extractedTonnes12m").decimalValue()).isEqualByComparingTo("10");
        assertThat(cr.get("reservesTonnes").decimalValue()).isEqualByComparingTo("600");
        assertThat(cr.get("resourcesTonnes").decimalValue()).isEqualByComparingTo("800");
        assertThat(cr.get("yearsLow").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(cr.get("yearsHigh").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(cr.get("usgs").get("note").asString()).isEqualTo("not published");
        assertThat(chromium(api.get("/api/v1/economy/years-of-supply?resourceShare=0.25")).get("yearsLow").decimalValue())
                .isEqualByComparingTo("80.0");
        assertThat(api.get("/api/v1/economy/years-of-supply.csv").body())
                .contains("\r\nCr,600,800,0.5,10,100.0,100.0,,,,,,not published,");
    }

    private static JsonNode chromium(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (JsonNode r : reply.json()) {
            if (r.get("element").asString().equals("Cr")) {
                return r;
            }
        }
        throw new AssertionError("no chromium in " + reply.body());
    }

    private static Map<String, Object> extracted(String id, OffsetDateTime at) {
        Map<String, Object> e = new LinkedHashMap<>(Map.of("eventId", id, "type", "extracted", "time", at.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME), "lot", id,
                "site", "eco-cr-mine", "material", "cr-ore", "form", "ore", "massKg", "40000", "grades", Map.of("Cr", "0.25")));
        e.put("location", Map.of("lat", 28.515, "lon", 66.515));
        return e;
    }

    private static Map<String, Object> estimate(String crirscoClass, String tonnes, String grade) {
        return Map.of("licence", "ECO-ML-CR", "element", "Cr", "crirscoClass", crirscoClass, "estimatedOn", "2026-01-31", "tonnes", tonnes,
                "grade", grade, "competentPerson", "test person", "reportSha256", "c".repeat(64));
    }

    private static void expect(Reply reply) {
        if (reply.status() / 100 != 2) {
            throw new AssertionError("Setup failed with " + reply.status() + ": " + reply.body());
        }
    }
}
