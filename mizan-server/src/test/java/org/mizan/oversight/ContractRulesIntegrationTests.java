package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.fiscal.RevenueHttpFixture.assertProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.contracts.ContractHttpFixture;
import org.mizan.fiscal.RevenueHttpFixture;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The contract rules over HTTP, on dates relative to today in Pakistan: a milestone due yesterday and short fires,
 * one due today does not (the day is not over), a delivered one never does; a hiring quota reported below its
 * share is a local-content shortfall, one never reported an overdue obligation; a commitment milestone with no
 * evidence fires, one met by a registered plant does not; a second sweep raises nothing.
 */
class ContractRulesIntegrationTests extends HttpIntegrationTest {

    private static final String LICENCE = "BA-ML-CR-101";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Karachi"));

    @Autowired
    ContractWatch watch;

    private String regulator;
    private String miner;

    @BeforeEach
    void register() {
        RevenueHttpFixture registry = new RevenueHttpFixture(api);
        ContractHttpFixture contracts = new ContractHttpFixture(api, port());
        registry.party(adminKey(), "cr-regulator-ba", "regulator", "PK-BA");
        registry.party(adminKey(), "cr-state", "regulator", "PK-BA");
        registry.party(adminKey(), "cr-miner", "company", null);
        registry.party(adminKey(), "cr-partner", "company", null);
        regulator = keyFor("cr-regulator-ba", Role.REGULATOR);
        miner = keyFor("cr-miner", Role.OPERATOR);
        registry.licence(regulator, LICENCE, "cr-miner", 64.75);
        if (api.get("/api/v1/contracts/cr-lease").status() != 404) {
            return;
        }
        contracts.created(contracts.register(regulator, ContractHttpFixture.contract("cr-lease", LICENCE, "cr-state", "cr-miner", "cr-partner")));
        String yesterday = TODAY.minusDays(1).toString();
        oblige("fund", "community-development-fund", "PKR", List.of(ContractHttpFixture.milestone("late", yesterday, 1000000),
                ContractHttpFixture.milestone("today", TODAY.toString(), 1000000)));
        oblige("paid", "community-development-fund", "PKR", List.of(ContractHttpFixture.milestone("y1", yesterday, 1000)));
        oblige("quota", "local-hiring-quota", "PERCENT", List.of(ContractHttpFixture.milestone("q1", yesterday, 60)));
        oblige("unreported", "local-hiring-quota", "PERCENT", List.of(ContractHttpFixture.milestone("q1", yesterday, 60)));
        Reply paid = registry.pay(miner, RevenueHttpFixture.payment(LICENCE, "1415E1", "1000", TODAY.minusDays(3).toString(), "CR-CH-1"));
        contracts.created(evidence("paid", Map.of("milestone", "y1", "kind", "payment", "on", yesterday, "payment", paid.json().get("id").asLong())));
        contracts.created(evidence("fund", Map.of("milestone", "late", "kind", "document", "on", yesterday,
                "document", "ab".repeat(32), "amount", 999999.99)));
        contracts.created(evidence("quota", Map.of("milestone", "q1", "kind", "headcount", "on", yesterday,
                "headcount", Map.of("period", "2026-Q3", "employees", 200, "local", 119, "women", 10, "trainees", 0))));

        Map<String, Object> site = new LinkedHashMap<>(Map.of("id", "cr-refinery", "name", "Refinery", "kind", "plant", "lat", 29.3,
                "lon", 64.9, "operator", "cr-partner"));
        assertThat(api.post("/api/v1/sites", adminKey(), Api.json(site)).status()).isEqualTo(201);
        contracts.created(api.post("/api/v1/commitments", regulator, Api.json(commitment(yesterday))));
        contracts.created(api.post("/api/v1/commitments/cr-mou/evidence", regulator,
                Api.json(Map.of("milestone", "plant", "on", yesterday, "site", "cr-refinery"))));
    }

    @Test
    void overdueMilestonesFireOnceAndTheRestStayQuiet() {
        assertThat(watch.sweep(Duration.ofHours(1))).as("nothing is judged within an hour of its last entry").isZero();
        assertThat(alerts("OBLIGATION_OVERDUE")).isEmpty();
        watch.sweep(Duration.ZERO);
        assertThat(watch.sweep(Duration.ZERO)).as("a second sweep raises nothing new").isZero();

        List<JsonNode> overdue = alerts("OBLIGATION_OVERDUE");
        assertThat(overdue).extracting(a -> a.at("/evidence/figures/obligation").asString() + "/" + a.at("/evidence/figures/milestone").asString())
                .containsExactlyInAnyOrder("fund/late", "unreported/q1");
        JsonNode fund = overdue.stream().filter(a -> a.at("/evidence/figures/obligation").asString().equals("fund")).findFirst().orElseThrow();
        assertThat(fund.at("/evidence/figures/delivered").asString()).isEqualTo("999999.99");
        assertThat(fund.at("/evidence/figures/required").asString()).isEqualTo("1000000");
        assertThat(fund.get("province").asString()).isEqualTo("PK-BA");

        List<JsonNode> shortfall = alerts("LOCAL_CONTENT_SHORTFALL");
        assertThat(shortfall).hasSize(1);
        assertThat(shortfall.get(0).at("/evidence/figures/delivered").asString()).isEqualTo("59.50");
        assertThat(shortfall.get(0).get("explanation").asString()).contains("asked for 60 % local employees", "reported 59.50 %");

        List<JsonNode> commitments = alerts("COMMITMENT_MILESTONE_OVERDUE");
        assertThat(commitments).extracting(a -> a.at("/evidence/figures/milestone").asString()).containsExactly("export");
    }

    @Test
    void commitmentEvidenceMustExistAndFit() {
        assertProblem(post("/api/v1/commitments/cr-mou/evidence", Map.of("milestone", "export", "on", TODAY.toString(), "event", "cr-no-such-event")),
                422, "unknown-event");
        assertProblem(post("/api/v1/commitments/cr-mou/evidence", Map.of("milestone", "export", "on", TODAY.toString(), "site", "cr-refinery")),
                422, "evidence-does-not-fit");
        assertProblem(post("/api/v1/commitments/cr-mou/evidence", Map.of("milestone", "today", "on", TODAY.toString(), "site", "cr-nowhere")),
                422, "unknown-site");
        assertProblem(post("/api/v1/commitments/cr-mou/evidence", Map.of("milestone", "today", "on", TODAY.toString(), "site", "cr-refinery",
                "document", "ab".repeat(32))), 422, "invalid-evidence");
        assertProblem(post("/api/v1/commitments/cr-mou/evidence", Map.of("milestone", "plant", "on", TODAY.toString(), "site", "cr-refinery")),
                409, "milestone-already-met");
        assertProblem(api.post("/api/v1/commitments/cr-mou/evidence", miner, Api.json(Map.of("milestone", "today", "on", TODAY.toString(),
                "site", "cr-refinery"))), 403, "forbidden");
        Map<String, Object> backwards = commitment(TODAY.toString());
        backwards.put("id", "cr-backwards");
        backwards.put("milestones", List.of(Map.of("id", "a", "phase", "scaling", "due", "2027-01-01", "description", "x", "evidence", "first-export"),
                Map.of("id", "b", "phase", "demonstration", "due", "2028-01-01", "description", "y", "evidence", "first-export")));
        assertProblem(post("/api/v1/commitments", backwards), 422, "milestones-out-of-order");

        JsonNode mou = api.get("/api/v1/commitments/cr-mou").json();
        assertThat(mou.get("milestones")).extracting(m -> m.get("milestone").asString() + "=" + m.get("status").asString())
                .containsExactly("export=overdue", "plant=delivered", "today=due");
    }

    private Map<String, Object> commitment(String yesterday) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "cr-mou");
        body.put("title", "Framework MoU on a refinery");
        body.put("parties", List.of("cr-state", "cr-partner"));
        body.put("signed", "2025-09-08");
        body.put("headlineValue", 500000000);
        body.put("currency", "USD");
        body.put("source", "Press release of the signing, illustrative");
        body.put("illustrative", true);
        body.put("plants", List.of(Map.of("name", "Poly-metallic refinery", "stage", "refining")));
        body.put("milestones", List.of(
                Map.of("id", "export", "phase", "demonstration", "due", yesterday, "description", "First export", "evidence", "first-export"),
                Map.of("id", "plant", "phase", "demonstration", "due", yesterday, "description", "Refinery registered",
                        "evidence", "processing-site-registered"),
                Map.of("id", "today", "phase", "scaling", "due", TODAY.toString(), "description", "Second plant", "evidence",
                        "processing-site-registered")));
        return body;
    }

    private void oblige(String id, String kind, String unit, List<Map<String, Object>> milestones) {
        Reply r = api.post("/api/v1/contracts/cr-lease/obligations", regulator, Api.json(ContractHttpFixture.obligation(id, kind, unit, milestones)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private Reply evidence(String obligation, Map<String, Object> body) {
        return api.post("/api/v1/contracts/cr-lease/obligations/" + obligation + "/evidence", miner, Api.json(body));
    }

    private Reply post(String path, Map<String, Object> body) {
        return api.post(path, regulator, Api.json(body));
    }

    private List<JsonNode> alerts(String rule) {
        Reply reply = api.get("/api/v1/alerts?rule=" + rule, adminKey());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        reply.json().get("alerts").forEach(a -> {
            if (a.at("/evidence/figures/contract").asString("").startsWith("cr-")) {
                out.add(a);
            }
        });
        return out;
    }
}
