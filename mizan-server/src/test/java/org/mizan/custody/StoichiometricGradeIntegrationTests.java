package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.Api;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;

/**
 * Grades enter a lot at extraction, as process outputs and by assay; on each path a pure compound graded
 * above its formula's share (plus the 0.005 assay tolerance) is refused with a problem and nothing is
 * written. Maxima from the atomic weights: Nd2O3 0.857356 Nd, Sb2O3 0.835354 Sb, Pr6O11 0.827704 Pr;
 * metals 1; ores and concentrates have no formula, so only the whole bounds them.
 */
class StoichiometricGradeIntegrationTests extends HttpIntegrationTest {

    private static final CustodyHttpFixture F = new CustodyHttpFixture("sg");
    private static final AtomicInteger IDS = new AtomicInteger();
    private static String miner;
    private static String processor;
    private static String laboratory;

    private static final String CASES = """
            nd-oxide,     oxide,       Nd, 0.8573,   201
            nd-oxide,     oxide,       Nd, 0.857356, 201
            nd-oxide,     oxide,       Nd, 0.8623,   201
            nd-oxide,     oxide,       Nd, 0.8624,   422
            nd-oxide,     oxide,       Nd, 0.95,     422
            sb-trioxide,  oxide,       Sb, 0.8353,   201
            sb-trioxide,  oxide,       Sb, 0.8403,   201
            sb-trioxide,  oxide,       Sb, 0.8404,   422
            pr-oxide,     oxide,       Pr, 0.8277,   201
            pr-oxide,     oxide,       Pr, 0.8327,   201
            pr-oxide,     oxide,       Pr, 0.8328,   422
            nd-metal,     metal,       Nd, 1,        201
            ree-concentrate, concentrate, Nd, 0.99,  201
            sb-ore,       ore,         Sb, 0.95,     201
            """;

    @BeforeEach
    void registerOnce() {
        if (miner != null) {
            return;
        }
        String admin = adminKey();
        F.register(api, admin, 72.8, 30.8);
        miner = keyFor(F.miner, Role.OPERATOR);
        processor = keyFor(F.processor, Role.PROCESSOR);
        laboratory = keyFor(F.laboratory, Role.OPERATOR);
        post(miner, F.extracted("sg-feed-x", "SG-FEED", "100000", "0.01", 1), 201);
        post(miner, F.dispatched("sg-feed-d", "SG-FEED", F.mine, F.plant, 2), 201);
        post(processor, F.received("sg-feed-r", "SG-FEED", F.plant, "100000", 3), 201);
        Map<String, Object> oxide = extraction("sg-assayed-x", "SG-ASSAYED", "nd-oxide", "oxide", "Nd", "0.5");
        post(miner, oxide, 201);
    }

    @ParameterizedTest(name = "extracted {0} at {2} {3}: {4}")
    @CsvSource(textBlock = CASES)
    void extraction(String material, String form, String element, String grade, int status) {
        String lot = "SG-X-" + IDS.incrementAndGet();

        Api.Reply reply = post(miner, extraction("sg-x-" + lot, lot, material, form, element, grade), status);

        assertThat(api.get("/api/v1/lots/" + lot, miner).status()).isEqualTo(status == 201 ? 200 : 404);
        refusedByTheRule(reply, status);
    }

    @ParameterizedTest(name = "produced {0} at {2} {3}: {4}")
    @CsvSource(textBlock = CASES)
    void processOutput(String material, String form, String element, String grade, int status) {
        String lot = "SG-P-" + IDS.incrementAndGet();
        String before = api.get("/api/v1/lots/SG-FEED", processor).json().get("availableMassKg").asString();
        Map<String, Object> event = new LinkedHashMap<>(Map.of("eventId", "sg-p-" + lot, "type", "processed",
                "time", CustodyHttpFixture.time(4), "site", F.plant, "process", "separation",
                "inputs", List.of(Map.of("lot", "SG-FEED", "massKg", "1")),
                "outputs", List.of(Map.of("lot", lot, "material", material, "form", form, "massKg", "0.001",
                        "grades", Map.of(element, grade)))));

        Api.Reply reply = post(processor, event, status);

        String after = api.get("/api/v1/lots/SG-FEED", processor).json().get("availableMassKg").asString();
        assertThat(new java.math.BigDecimal(before).subtract(new java.math.BigDecimal(after)).intValueExact())
                .isEqualTo(status == 201 ? 1 : 0);
        refusedByTheRule(reply, status);
    }

    @ParameterizedTest(name = "assayed nd-oxide lot as {0} grades {2} {3}")
    @CsvSource({"nd-oxide, Nd, 0.8623, 201", "nd-oxide, Nd, 0.8624, 422", "nd-oxide, Nd, 0.95, 422"})
    void assay(String material, String element, String grade, int status) {
        String id = "sg-a-" + IDS.incrementAndGet();
        String before = api.get("/api/v1/lots/SG-ASSAYED", miner).json().get("grades").toString();
        Map<String, Object> event = new LinkedHashMap<>(Map.of("eventId", id, "type", "assayed", "time", CustodyHttpFixture.time(5),
                "lot", "SG-ASSAYED", "laboratory", F.lab, "grades", Map.of(element, grade), "certificate", "CERT-" + id));

        Api.Reply reply = post(laboratory, event, status);

        String after = api.get("/api/v1/lots/SG-ASSAYED", miner).json().get("grades").toString();
        if (status == 201) {
            assertThat(after).contains(grade);
        } else {
            assertThat(after).isEqualTo(before);
        }
        refusedByTheRule(reply, status);
    }

    private static void refusedByTheRule(Api.Reply reply, int status) {
        if (status == 422) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.type()).isEqualTo("/problems/custody-grade-above-stoichiometry");
        }
    }

    private static Map<String, Object> extraction(String id, String lot, String material, String form, String element, String grade) {
        return new LinkedHashMap<>(Map.of("eventId", id, "type", "extracted", "time", CustodyHttpFixture.time(1), "lot", lot,
                "site", F.mine, "material", material, "form", form, "massKg", "10", "grades", Map.of(element, grade),
                "location", Map.of("lat", 30.85, "lon", 72.85)));
    }

    private Api.Reply post(String key, Object event, int status) {
        Api.Reply reply = api.post("/api/v1/events", key, Api.json(event));
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply;
    }
}
