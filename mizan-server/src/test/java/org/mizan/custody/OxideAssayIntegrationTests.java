package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.Api;
import org.mizan.HttpIntegrationTest;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.passport.PassportReport;
import org.mizan.log.passport.PassportVerifier;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rare-earth concentrate assayed as oxides, over HTTP: 10 t extracted at 20 % Nd, then certified at 35 % Nd2O3 and 8 %
 * Pr6O11, which stand for Nd 0.35 x 288.484 / 336.481 = 0.300074595594 and Pr 0.08 x 845.44596 / 1021.43496 = 0.066216332364
 * (IUPAC 2021 atomic weights, half-even to 12 decimals). The body keeps the oxide figures, the facts both, the lot and every
 * process after it the element grades; a process of 5 t is balanced against 1500.373 kg Nd, not the 1750 kg the oxide
 * figure would be if read as an element.
 */
class OxideAssayIntegrationTests extends HttpIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CustodyHttpFixture F = new CustodyHttpFixture("ox");
    private static final String LOT = "OX-REE-1";
    private static String miner;
    private static String processor;
    private static String laboratory;
    private static String admin;

    @BeforeEach
    void registerOnce() {
        if (miner != null) {
            return;
        }
        admin = adminKey();
        F.register(api, admin, 73.6, 32.6);
        miner = keyFor(F.miner, Role.OPERATOR);
        processor = keyFor(F.processor, Role.PROCESSOR);
        laboratory = keyFor(F.laboratory, Role.OPERATOR);
        post(miner, Map.of("eventId", "ox-x", "type", "extracted", "time", CustodyHttpFixture.time(1), "lot", LOT, "site", F.mine,
                "material", "ree-concentrate", "form", "concentrate", "massKg", "10000", "grades", Map.of("Nd", "0.2"),
                "location", Map.of("lat", 32.65, "lon", 73.65)), 201);
        post(miner, F.dispatched("ox-d", LOT, F.mine, F.plant, 2), 201);
        post(processor, F.received("ox-r", LOT, F.plant, "10000", 3), 201);
        post(laboratory, assay("ox-a", Map.of(), Map.of("Nd2O3", "0.35", "Pr6O11", "0.08"), 5), 201);
    }

    @Test
    void theLotTakesTheElementGradesAndTheEventAndFactsKeepTheOxideFigures() {
        JsonNode lot = api.get("/api/v1/lots/" + LOT, admin).json();
        assertThat(lot.at("/grades/Nd").asString()).isEqualTo("0.300074595594");
        assertThat(lot.at("/grades/Pr").asString()).isEqualTo("0.066216332364");

        JsonNode stored = api.get("/api/v1/events/ox-a", admin).json();
        assertThat(stored.at("/event/oxides").toString()).isEqualTo("{\"Nd2O3\":\"0.35\",\"Pr6O11\":\"0.08\"}");
        assertThat(stored.at("/event/grades").toString()).isEqualTo("{}");
        assertThat(stored.at("/facts/oxides").toString()).isEqualTo("{\"Nd2O3\":\"0.35\",\"Pr6O11\":\"0.08\"}");
        assertThat(stored.at("/facts/reported").toString()).isEqualTo("{\"Nd\":\"0.300074595594\",\"Pr\":\"0.066216332364\"}");
        assertThat(stored.at("/facts/previous").toString()).isEqualTo("{\"Nd\":\"0.2\"}");
    }

    @Test
    void aProcessAfterTheAssayBalancesAgainstTheElementGradesAndAnAssayOfElementsOnlyStoresNoOxides() {
        post(processor, separation("ox-p1", "OX-ND-1", "1700", "OX-PR-1", "350", 6), 201);
        JsonNode balanced = api.get("/api/v1/events/ox-p1", admin).json().at("/facts/elements");
        // As PostgreSQL's jsonb keeps an object: shorter keys first.
        assertThat(balanced.toString()).isEqualTo("[{\"input\":\"1500.373\",\"output\":\"1456.9\",\"element\":\"Nd\",\"breached\":false},"
                + "{\"input\":\"331.082\",\"output\":\"289.695\",\"element\":\"Pr\",\"breached\":false}]");

        // 1542.6 kg Nd out of 1500.373 kg in is above the 2 % tolerance (1530.380 kg); out of 1750 kg it would not be.
        post(processor, separation("ox-p2", "OX-ND-2", "1800", "OX-PR-2", "300", 7), 201);
        JsonNode breached = api.get("/api/v1/events/ox-p2", admin).json().at("/facts/elements/0");
        assertThat(breached.get("output").asString()).isEqualTo("1542.6");
        assertThat(breached.get("breached").asBoolean()).isTrue();

        post(laboratory, assay("ox-a2", Map.of("Nd", "0.857"), Map.of(), 8).with("lot", "OX-ND-1"), 201);
        JsonNode plain = api.get("/api/v1/events/ox-a2", admin).json();
        assertThat(plain.get("event").has("oxides")).isFalse();
        assertThat(plain.get("facts").has("oxides")).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePassportOfAnOxideAssayedLotShowsBothAndVerifiesOfflineAndATamperedOxideFigureIsNamed() {
        String lot = "OX-REE-2";
        post(miner, Map.of("eventId", "ox-x2", "type", "extracted", "time", CustodyHttpFixture.time(9), "lot", lot, "site", F.mine,
                "material", "ree-concentrate", "form", "concentrate", "massKg", "2000", "grades", Map.of("Nd", "0.2"),
                "location", Map.of("lat", 32.65, "lon", 73.65)), 201);
        post(miner, F.dispatched("ox-d2", lot, F.mine, F.port, 10), 201);
        post(miner, F.received("ox-r2", lot, F.port, "2000", 20), 201);
        post(laboratory, assay("ox-a3", Map.of("Ce", "0.1"), Map.of("Nd2O3", "0.35", "Pr6O11", "0.08"), 21).with("lot", lot), 201);
        post(miner, F.exported("ox-e2", "PK-EXP-OX-1", List.of(lot), 22), 201);

        JsonNode passport = api.get("/api/v1/consignments/PK-EXP-OX-1/passport", miner).json();
        assertThat(passport.at("/lines/0/purity/grades").toString())
                .isEqualTo("{\"Ce\":\"0.1\",\"Nd\":\"0.300074595594\",\"Pr\":\"0.066216332364\"}");
        assertThat(passport.at("/lines/0/purity/assays/0/oxides").toString()).isEqualTo("{\"Nd2O3\":\"0.35\",\"Pr6O11\":\"0.08\"}");
        // 2000 kg x 0.300074595594 = 600.149191 kg, to the gram.
        assertThat(passport.at("/lines/0/containedKg/Nd").asString()).isEqualTo("600.149");
        VerifierKey key = VerifierKey.parse(api.get("/log/key").body().strip());
        PassportReport report = PassportVerifier.verify(JSON.convertValue(passport, Map.class), key);
        assertThat(report.passed()).as(report.toString()).isTrue();

        Map<String, Object> tampered = JSON.convertValue(passport, Map.class);
        Map<String, Object> line = (Map<String, Object>) ((List<Object>) tampered.get("lines")).get(0);
        Map<String, Object> assay = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) line.get("purity")).get("assays")).get(0);
        ((Map<String, Object>) assay.get("oxides")).put("Nd2O3", "0.36");
        assertThat(PassportVerifier.verify(tampered, key).firstFailure().orElseThrow().detail())
                .isEqualTo("Claim lines[0].purity.assays[0].oxides.Nd2O3: the passport says 0.36, event ox-a3 gives 0.35.");
    }

    @ParameterizedTest(name = "{0}: {1}, field {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"CuO\":\"0.1\"}                        | {}               | 422 | oxides.CuO",
            "{\"NdPrO3\":\"0.1\"}                     | {}               | 422 | oxides.NdPrO3",
            "{\"Nd2O3\":\"0.35\"}                     | {\"Nd\":\"0.3\"} | 422 | oxides.Nd2O3",
            "{\"Pr6O11\":\"0.08\",\"PrO2\":\"0.01\"}  | {}               | 422 | oxides.PrO2",
            "{\"Nd2O3\":\"0.9\",\"Pr6O11\":\"0.5\"}   | {}               | 422 | oxides",
            "{\"Nd2O3\":\"1.2\"}                      | {}               | 422 | oxides.Nd2O3",
            "{\"Nd2O3\":0.35}                         | {}               | 400 | oxides.Nd2O3",
            "\"Nd2O3\"                                | {}               | 400 | oxides",
            // An assay that reports nothing, as elements or as oxides.
            "{}                                     | {}               | 422 | grades"})
    void aMalformedOrImpossibleOxideAssayIsAProblemNamingTheFieldAndWritesNothing(String oxides, String grades, int status,
            String field) {
        String before = api.get("/api/v1/lots/" + LOT, admin).json().get("grades").toString();
        String body = "{\"eventId\":\"ox-bad\",\"type\":\"assayed\",\"time\":\"" + CustodyHttpFixture.time(20) + "\",\"lot\":\"" + LOT
                + "\",\"laboratory\":\"" + F.lab + "\",\"grades\":" + grades + ",\"oxides\":" + oxides + ",\"certificate\":\"C-BAD\"}";

        Api.Reply refused = api.post("/api/v1/events", laboratory, body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(status);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("field").asString()).isEqualTo(field);
        assertThat(api.get("/api/v1/events/ox-bad", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/lots/" + LOT, admin).json().get("grades").toString()).isEqualTo(before);
    }

    @Test
    void anOxideThatWithTheKeptGradesExceedsTheWholeIsRefusedByTheRule() {
        // Pr 0.99 x 0.827704154555 = 0.819427 beside the Nd 0.300075 the lot keeps.
        Api.Reply refused = api.post("/api/v1/events", laboratory, Api.json(assay("ox-whole", Map.of(), Map.of("Pr6O11", "0.99"), 20)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.type()).isEqualTo("/problems/custody-grades-above-whole");
        assertThat(api.get("/api/v1/events/ox-whole", admin).status()).isEqualTo(404);
    }

    private static Body assay(String id, Map<String, String> grades, Map<String, String> oxides, int hour) {
        Body event = new Body(Map.of("eventId", id, "type", "assayed", "time", CustodyHttpFixture.time(hour), "lot", LOT,
                "laboratory", F.lab, "grades", grades, "certificate", "CERT-" + id));
        if (!oxides.isEmpty()) {
            event.put("oxides", oxides);
        }
        return event;
    }

    private static Map<String, Object> separation(String id, String nd, String ndKg, String pr, String prKg, int hour) {
        return Map.of("eventId", id, "type", "processed", "time", CustodyHttpFixture.time(hour), "site", F.plant,
                "process", "solvent-extraction", "inputs", List.of(Map.of("lot", LOT, "massKg", "5000")),
                "outputs", List.of(Map.of("lot", nd, "material", "nd-oxide", "form", "oxide", "massKg", ndKg, "grades", Map.of("Nd", "0.857")),
                        Map.of("lot", pr, "material", "pr-oxide", "form", "oxide", "massKg", prKg, "grades", Map.of("Pr", "0.8277"))));
    }

    /** An event body that a test may change one field of. */
    private static final class Body extends LinkedHashMap<String, Object> {

        private static final long serialVersionUID = 1L;

        Body(Map<String, Object> fields) {
            super(fields);
        }

        Body with(String field, Object value) {
            put(field, value);
            return this;
        }
    }

    private void post(String key, Map<String, ?> event, int status) {
        Api.Reply reply = api.post("/api/v1/events", key, Api.json(event));
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    }
}
