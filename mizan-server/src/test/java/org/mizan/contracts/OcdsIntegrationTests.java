package org.mizan.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.fiscal.RevenueHttpFixture.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.contracts.ocds.OcdsChecks;
import org.mizan.contracts.ocds.OcdsSchema;
import org.mizan.fiscal.RevenueHttpFixture;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Mizan publishes as Open Contracting data, read over HTTP: the release package of a licence's contracts and
 * the record package of one process validate against the bundled OCDS 1.1.5 schemas (with the Location
 * extension) and pass the codelist, id, prefix and date checks; the compiled release holds the state after the
 * amendment, and the licence's polygon is the item's delivery location.
 */
class OcdsIntegrationTests extends HttpIntegrationTest {

    private static final String LICENCE = "BA-ML-OC-101";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OcdsSchema SCHEMA = new OcdsSchema();

    private String regulator;

    @BeforeEach
    void contract() {
        RevenueHttpFixture registry = new RevenueHttpFixture(api);
        ContractHttpFixture contracts = new ContractHttpFixture(api, port());
        registry.party(adminKey(), "oc-regulator-ba", "regulator", "PK-BA");
        registry.party(adminKey(), "oc-state", "regulator", "PK-BA");
        registry.party(adminKey(), "oc-miner", "company", null);
        registry.party(adminKey(), "oc-partner", "company", null);
        regulator = keyFor("oc-regulator-ba", Role.REGULATOR);
        registry.licence(regulator, LICENCE, "oc-miner", 64.65);
        if (api.get("/api/v1/contracts/oc-lease").status() == 404) {
            contracts.created(contracts.register(regulator, ContractHttpFixture.contract("oc-lease", LICENCE, "oc-state", "oc-miner", "oc-partner")));
            contracts.created(contracts.upload(regulator, "oc-lease", "The lease agreement.".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain"));
            contracts.created(api.post("/api/v1/contracts/oc-lease/obligations", regulator, Api.json(ContractHttpFixture.obligation("fund",
                    "community-development-fund", "PKR", List.of(ContractHttpFixture.milestone("y1", "2027-06-30", 1000000))))));
            contracts.created(api.post("/api/v1/contracts/oc-lease/amendments", regulator,
                    Api.json(Map.of("date", "2026-02-01", "summary", "Terminated by mutual consent", "status", "terminated"))));
        }
    }

    @Test
    void theReleasePackageOfALicenceValidates() {
        Reply reply = api.get("/api/v1/ocds/releases?licence=" + LICENCE);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(SCHEMA.releasePackageErrors(reply.json())).isEmpty();
        List<Map<String, Object>> releases = releases(reply.json().get("releases"));
        assertThat(OcdsChecks.problems("ocds-mizan0", releases)).isEmpty();
        assertThat(releases).extracting(r -> r.get("tag")).containsExactly(List.of("award", "contract"), List.of("contractUpdate"),
                List.of("contractUpdate"), List.of("contractAmendment"));
        assertThat(releases).extracting(r -> r.get("id")).containsExactly("ocds-mizan0-oc-lease-1", "ocds-mizan0-oc-lease-2",
                "ocds-mizan0-oc-lease-3", "ocds-mizan0-oc-lease-4");
        JsonNode item = reply.json().at("/releases/0/contracts/0/items/0");
        assertThat(item.get("id").asString()).isEqualTo(LICENCE);
        assertThat(item.at("/deliveryLocations/0/geometry/type").asString()).isEqualTo("Polygon");
        assertThat(item.at("/deliveryLocations/0/geometry/coordinates/0/0/0").asDouble()).isEqualTo(64.65);
        assertThat(item.at("/deliveryLocations/0/geometry/coordinates/0/2/1").asDouble()).isEqualTo(28.45);

        assertProblem(api.get("/api/v1/ocds/releases?licence=BA-ML-OC-999"), 404, "no-releases");
    }

    @Test
    void theRecordPackageValidatesAndItsCompiledReleaseHoldsTheAmendedState() {
        Reply reply = api.get("/api/v1/ocds/records/ocds-mizan0-oc-lease");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(SCHEMA.recordPackageErrors(reply.json())).isEmpty();
        JsonNode compiled = reply.json().at("/records/0/compiledRelease");
        assertThat(compiled.get("tag").get(0).asString()).isEqualTo("compiled");
        JsonNode contract = compiled.at("/contracts/0");
        assertThat(contract.get("status").asString()).isEqualTo("terminated");
        assertThat(contract.get("title").asString()).isEqualTo("Joint venture agreement oc-lease");
        assertThat(contract.at("/documents/0/documentType").asString()).isEqualTo("contractSigned");
        assertThat(contract.at("/milestones/0/id").asString()).isEqualTo("fund-y1");
        assertThat(contract.at("/milestones/0/dueDate").asString()).isEqualTo("2027-06-30T00:00:00Z");
        assertThat(contract.at("/amendments/0/description").asString()).isEqualTo("Terminated by mutual consent");
        assertThat(compiled.at("/awards/0/suppliers")).extracting(s -> s.get("id").asString()).containsExactly("oc-miner", "oc-partner");

        assertProblem(api.get("/api/v1/ocds/records/ocds-other1-oc-lease"), 404, "ocid-not-found");
        assertProblem(api.get("/api/v1/ocds/records/ocds-mizan0-nothing"), 404, "ocid-not-found");
    }

    @Test
    void theValidatorCatchesWhatABrokenReleaseWouldGetWrong() {
        JsonNode good = api.get("/api/v1/ocds/releases?licence=" + LICENCE).json();
        tools.jackson.databind.node.ObjectNode noInitiation = (tools.jackson.databind.node.ObjectNode) good.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) noInitiation.get("releases").get(0)).remove("initiationType");
        assertThat(SCHEMA.releasePackageErrors(noInitiation)).anyMatch(e -> e.contains("initiationType"));

        // The Location extension is merged in: a geometry type outside GeoJSON's is a schema error.
        tools.jackson.databind.node.ObjectNode circle = (tools.jackson.databind.node.ObjectNode) good.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) circle.at("/releases/0/contracts/0/items/0/deliveryLocations/0/geometry")).put("type", "Circle");
        assertThat(SCHEMA.releasePackageErrors(circle)).anyMatch(e -> e.contains("/deliveryLocations/0/geometry/type"));

        List<Map<String, Object>> releases = releases(good.get("releases"));
        releases.get(1).put("tag", List.of("awarded"));
        releases.get(2).put("id", releases.get(0).get("id"));
        releases.get(3).put("date", "2000-01-01T00:00:00Z");
        List<String> problems = OcdsChecks.problems("ocds-mizan0", releases);
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).contains("tag awarded is not in the closed codelist releaseTag");
        assertThat(problems.get(1)).contains("release id repeated within ocds-mizan0-oc-lease");
        assertThat(problems.get(2)).contains("before the previous release");
        assertThat(OcdsChecks.problems("ocds-abcdef", releases(good.get("releases")))).hasSize(4)
                .allMatch(p -> p.contains("is not under the prefix ocds-abcdef"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> releases(JsonNode node) {
        return new java.util.ArrayList<>(JSON.convertValue(node, List.class));
    }
}
