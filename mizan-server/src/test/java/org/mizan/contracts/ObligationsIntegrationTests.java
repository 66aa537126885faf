package org.mizan.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.fiscal.RevenueHttpFixture.assertProblem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.fiscal.RevenueHttpFixture;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;

/**
 * Obligations and their delivery over HTTP: a community fund paid in two fiscal payments, a hiring quota met or
 * missed by headcount reports, each milestone's standing computed on today's date in Pakistan; evidence that
 * cites what the submitter may not see or what does not fit is refused and writes nothing.
 */
class ObligationsIntegrationTests extends HttpIntegrationTest {

    private static final String LICENCE = "BA-ML-OB-101";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Karachi"));

    private RevenueHttpFixture registry;
    private ContractHttpFixture contracts;
    private String regulator;
    private String miner;

    @BeforeEach
    void contract() {
        registry = new RevenueHttpFixture(api);
        contracts = new ContractHttpFixture(api, port());
        registry.party(adminKey(), "ob-regulator-ba", "regulator", "PK-BA");
        registry.party(adminKey(), "ob-state", "regulator", "PK-BA");
        registry.party(adminKey(), "ob-miner", "company", null);
        registry.party(adminKey(), "ob-partner", "company", null);
        registry.party(adminKey(), "ob-outsider", "company", null);
        regulator = keyFor("ob-regulator-ba", Role.REGULATOR);
        miner = keyFor("ob-miner", Role.OPERATOR);
        registry.licence(regulator, LICENCE, "ob-miner", 64.55);
        if (api.get("/api/v1/contracts/ob-lease").status() == 404) {
            contracts.created(contracts.register(regulator, ContractHttpFixture.contract("ob-lease", LICENCE, "ob-state", "ob-miner", "ob-partner")));
        }
    }

    @Test
    void aCommunityFundIsDeliveredByPaymentsAndItsStandingRecomputes() {
        // PKR 1,000,000 due yesterday, 500,000 due in a year. Paid: 600,000 + 400,000 against the first.
        contracts.created(api.post("/api/v1/contracts/ob-lease/obligations", regulator, Api.json(ContractHttpFixture.obligation("fund", "community-development-fund",
                "PKR", List.of(ContractHttpFixture.milestone("y1", TODAY.minusDays(1).toString(), 1000000),
                        ContractHttpFixture.milestone("y2", TODAY.plusYears(1).toString(), 500000))))));
        long first = pay("600000", "OB-CH-1");
        assertThat(milestone("fund", "y1").get("status").asString()).isEqualTo("overdue");
        contracts.created(evidence("fund", Map.of("milestone", "y1", "kind", "payment", "on", TODAY.minusDays(20).toString(), "payment", first,
                "social", Map.of("mandatory", true, "inKind", false))));
        JsonNode partly = milestone("fund", "y1");
        assertThat(partly.get("status").asString()).isEqualTo("overdue");
        assertThat(partly.get("delivered").decimalValue()).isEqualByComparingTo("600000");

        long second = pay("400000", "OB-CH-2");
        contracts.created(evidence("fund", Map.of("milestone", "y1", "kind", "payment", "on", TODAY.toString(), "payment", second)));
        JsonNode met = milestone("fund", "y1");
        assertThat(met.get("status").asString()).isEqualTo("delivered");
        assertThat(met.get("delivered").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(met.get("evidence")).hasSize(2);
        assertThat(milestone("fund", "y2").get("status").asString()).isEqualTo("due");
    }

    @Test
    void aHiringQuotaCountsTheLatestReportNotTheirSum() {
        contracts.created(api.post("/api/v1/contracts/ob-lease/obligations", regulator, Api.json(ContractHttpFixture.obligation("hiring", "local-hiring-quota",
                "PERCENT", List.of(ContractHttpFixture.milestone("q1", TODAY.minusDays(1).toString(), 60),
                        ContractHttpFixture.milestone("q2", TODAY.toString(), 60))))));
        // 119 of 200 is 59.50 %: short of 60 %; 120 of 200 reaches it exactly.
        contracts.created(evidence("hiring", headcount("q1", 200, 119)));
        JsonNode shortQuota = milestone("hiring", "q1");
        assertThat(shortQuota.get("delivered").decimalValue()).isEqualByComparingTo("59.50");
        assertThat(shortQuota.get("status").asString()).isEqualTo("overdue");
        contracts.created(evidence("hiring", headcount("q2", 200, 120)));
        JsonNode exact = milestone("hiring", "q2");
        assertThat(exact.get("delivered").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(exact.get("status").asString()).isEqualTo("delivered");
    }

    @Test
    void evidenceThatCitesTheUnseenOrTheUnfittingIsRefused() {
        contracts.created(api.post("/api/v1/contracts/ob-lease/obligations", regulator, Api.json(ContractHttpFixture.obligation("training", "training",
                "PERSONS", List.of(ContractHttpFixture.milestone("t1", TODAY.plusMonths(6).toString(), 40))))));
        long payment = pay("1000", "OB-CH-9");
        int before = api.get("/api/v1/contracts/ob-lease").json().get("entries").size();

        assertProblem(evidence("training", Map.of("milestone", "t1", "kind", "payment", "on", TODAY.toString(), "payment", payment)), 422, "unit-mismatch");
        assertProblem(api.post("/api/v1/contracts/ob-lease/obligations/training/evidence", keyFor("ob-outsider", Role.OPERATOR),
                Api.json(headcount("t1", 10, 5))), 403, "forbidden");
        assertProblem(evidence("training", Map.of("milestone", "t1", "kind", "payment", "on", TODAY.toString(), "payment", 987654321)), 403,
                "evidence-not-visible");
        assertProblem(evidence("training", headcount("t9", 10, 5)), 404, "milestone-not-found");
        assertProblem(api.post("/api/v1/contracts/ob-lease/obligations/nothing/evidence", miner, Api.json(headcount("t1", 10, 5))), 404,
                "obligation-not-found");
        assertProblem(evidence("training", Map.of("milestone", "t1", "kind", "headcount", "on", TODAY.toString(),
                "headcount", Map.of("period", "2026-Q3", "employees", 10, "local", 11, "women", 0, "trainees", 0))), 422, "invalid-headcount");
        assertProblem(api.post("/api/v1/contracts/ob-lease/obligations", regulator, Api.json(ContractHttpFixture.obligation("late", "training",
                "PERSONS", List.of(ContractHttpFixture.milestone("a", "2027-06-01", 5), ContractHttpFixture.milestone("b", "2027-01-01", 5))))),
                422, "milestones-out-of-order");
        assertProblem(api.post("/api/v1/contracts/ob-lease/obligations", regulator, Api.json(ContractHttpFixture.obligation("quota", "local-hiring-quota",
                "PKR", List.of(ContractHttpFixture.milestone("a", "2027-06-01", 5))))), 422, "invalid-unit");
        assertThat(api.get("/api/v1/contracts/ob-lease").json().get("entries")).hasSize(before);

        Reply trained = evidence("training", Map.of("milestone", "t1", "kind", "headcount", "on", TODAY.toString(),
                "headcount", Map.of("period", "2026-Q3", "employees", 50, "local", 30, "women", 12, "trainees", 25)));
        contracts.created(trained);
        assertThat(trained.json().get("amount").decimalValue()).isEqualByComparingTo("25");
        assertThat(milestone("training", "t1").get("status").asString()).isEqualTo("partly-delivered");
    }

    private long pay(String amount, String challan) {
        Reply paid = registry.pay(miner, RevenueHttpFixture.payment(LICENCE, "1415E1", amount, TODAY.minusDays(2).toString(), challan));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        return paid.json().get("id").asLong();
    }

    private Reply evidence(String obligation, Map<String, Object> body) {
        return api.post("/api/v1/contracts/ob-lease/obligations/" + obligation + "/evidence", miner, Api.json(body));
    }

    private static Map<String, Object> headcount(String milestone, int employees, int local) {
        return Map.of("milestone", milestone, "kind", "headcount", "on", TODAY.toString(),
                "headcount", Map.of("period", "2026-Q3", "employees", employees, "local", local, "women", 0, "trainees", 0));
    }

    private JsonNode milestone(String obligation, String milestone) {
        for (JsonNode m : api.get("/api/v1/contracts/ob-lease").json().get("milestones")) {
            if (m.get("item").asString().equals(obligation) && m.get("milestone").asString().equals(milestone)) {
                return m;
            }
        }
        throw new AssertionError("no milestone " + obligation + "/" + milestone);
    }
}
