package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;

/**
 * Tailings over HTTP on PostgreSQL: 100 t of ore at 1 % Cu (1000 kg) is floated into 3 t of concentrate at 30 % (900 kg)
 * and 97 t of tailings at 0.1 % (97 kg), so the balance sees 997 kg out. The tailings go to a tailings facility and are
 * refused the road to a port; ore floated at the port yields tailings that are refused export and slag declared a
 * by-product that is exported.
 */
class TailingsIntegrationTests extends HttpIntegrationTest {

    private static final CustodyHttpFixture F = new CustodyHttpFixture("tl");
    private static final String DAM = "tl-tailings-dam";
    private static String miner;
    private static String processor;
    private static String portProcessor;

    @BeforeEach
    void floatOncePerDatabase() {
        if (miner != null) {
            return;
        }
        String admin = adminKey();
        F.register(api, admin, 73.1, 31.1);
        post(admin, "/api/v1/sites", Map.of("id", DAM, "name", "Tailings dam", "kind", "tailings-facility", "lat", 31.41, "lon", 74.31,
                "operator", F.processor), 201);
        miner = keyFor(F.miner, Role.OPERATOR);
        processor = keyFor(F.processor, Role.PROCESSOR);
        // The fixture's port is the miner's; a plant at the port is run by the same party.
        portProcessor = keyFor(F.miner, Role.PROCESSOR);
        event(miner, extracted("tl-x1", "TL-ORE-1"), 201);
        event(miner, F.dispatched("tl-d1", "TL-ORE-1", F.mine, F.plant, 2), 201);
        event(processor, F.received("tl-r1", "TL-ORE-1", F.plant, "100000", 3), 201);
        event(processor, processed("tl-p1", F.plant, "TL-ORE-1", output("TL-CON-1", "cu-concentrate", "concentrate", "3000", "0.3", null),
                output("TL-TAIL-1", "cu-ore", "ore", "97000", "0.001", "tailings")), 201);
    }

    @Test
    void theTailingsAreALotOfTheirRoleAndCountInTheBalance() {
        assertThat(lot("TL-TAIL-1").get("role").asString()).isEqualTo("tailings");
        assertThat(lot("TL-CON-1").get("role").asString()).isEqualTo("product");
        assertThat(lot("TL-TAIL-1").at("/containedKg/Cu").asString()).isEqualTo("97");
        // Tailings carry the origin of the ore, as the product does.
        assertThat(lot("TL-TAIL-1").get("origin")).isEqualTo(lot("TL-CON-1").get("origin"));

        JsonNode stored = ok(api.get("/api/v1/events/tl-p1", processor));
        assertThat(stored.at("/event/outputs/1/role").asString()).isEqualTo("tailings");
        assertThat(stored.at("/event/outputs/0").has("role")).isFalse();
        assertThat(stored.at("/facts/elements/0/input").asString()).isEqualTo("1000");
        assertThat(stored.at("/facts/elements/0/output").asString()).isEqualTo("997");
    }

    @Test
    void tailingsGoToATailingsFacilityNotToAPort() {
        Api.Reply refused = event(processor, F.dispatched("tl-d2", "TL-TAIL-1", F.plant, F.port, 5), 422);
        assertThat(refused.type()).isEqualTo("/problems/custody-not-a-waste-site");
        assertThat(lot("TL-TAIL-1").get("status").asString()).isEqualTo("at-site");

        event(processor, F.dispatched("tl-d3", "TL-TAIL-1", F.plant, DAM, 6), 201);
        event(processor, F.received("tl-r3", "TL-TAIL-1", DAM, "97000", 7), 201);
        assertThat(lot("TL-TAIL-1").get("site").asString()).isEqualTo(DAM);
    }

    @Test
    void tailingsAreNotExportedAndADeclaredByProductIs() {
        event(miner, extracted("tl-x2", "TL-ORE-2"), 201);
        event(miner, F.dispatched("tl-d4", "TL-ORE-2", F.mine, F.port, 2), 201);
        event(miner, F.received("tl-r4", "TL-ORE-2", F.port, "100000", 3), 201);
        event(portProcessor, processed("tl-p2", F.port, "TL-ORE-2", output("TL-CON-2", "cu-concentrate", "concentrate", "3000", "0.3", null),
                output("TL-TAIL-2", "cu-ore", "ore", "90000", "0.001", "tailings"),
                output("TL-SLAG-2", "cu-ore", "ore", "7000", "0.001", "by-product")), 201);

        Api.Reply refused = event(miner, F.exported("tl-e1", "PK-EXP-TL-1", List.of("TL-CON-2", "TL-TAIL-2"), 5), 422);
        assertThat(refused.type()).isEqualTo("/problems/custody-waste-not-exportable");
        assertThat(refused.body()).contains("TL-TAIL-2").contains("by-product");
        assertThat(lot("TL-CON-2").get("status").asString()).isEqualTo("at-site");

        event(miner, F.exported("tl-e2", "PK-EXP-TL-2", List.of("TL-CON-2", "TL-SLAG-2"), 6), 201);
        assertThat(lot("TL-SLAG-2").get("role").asString()).isEqualTo("by-product");
        assertThat(lot("TL-SLAG-2").get("status").asString()).isEqualTo("exported");
    }

    @Test
    void anUnknownRoleIsRefusedAndARoleOfTheWrongTypeIsMalformed() {
        Map<String, Object> unknown = processed("tl-p3", F.plant, "TL-CON-1", output("TL-X-3", "cu-concentrate", "concentrate", "1", "0.3",
                "waste"));
        Api.Reply invalid = event(processor, unknown, 422);
        assertThat(invalid.body()).contains("outputs[0].role").contains("waste");

        Map<String, Object> number = processed("tl-p4", F.plant, "TL-CON-1", output("TL-X-4", "cu-concentrate", "concentrate", "1", "0.3",
                null));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) ((List<?>) number.get("outputs")).get(0);
        first.put("role", 3);
        Api.Reply malformed = event(processor, number, 400);
        assertThat(malformed.body()).contains("wrong-type").contains("role");
        assertThat(api.get("/api/v1/lots/TL-X-3", processor).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/lots/TL-X-4", processor).status()).isEqualTo(404);
    }

    private Map<String, Object> extracted(String id, String lot) {
        return F.extracted(id, lot, "100000", "0.01", 1);
    }

    private static Map<String, Object> processed(String id, String site, String input, Map<?, ?>... outputs) {
        return new LinkedHashMap<>(Map.of("eventId", id, "type", "processed", "time", CustodyHttpFixture.time(4), "site", site,
                "process", "flotation", "inputs", List.of(Map.of("lot", input, "massKg", "100000")), "outputs", List.of(outputs)));
    }

    private static Map<String, Object> output(String lot, String material, String form, String kg, String cu, String role) {
        Map<String, Object> output = new LinkedHashMap<>(Map.of("lot", lot, "material", material, "form", form, "massKg", kg,
                "grades", Map.of("Cu", cu)));
        if (role != null) {
            output.put("role", role);
        }
        return output;
    }

    private JsonNode lot(String id) {
        return ok(api.get("/api/v1/lots/" + id, miner));
    }

    private Api.Reply event(String key, Object event, int status) {
        return post(key, "/api/v1/events", event, status);
    }

    private Api.Reply post(String key, String path, Object body, int status) {
        Api.Reply reply = api.post(path, key, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply;
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
