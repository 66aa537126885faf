package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.HttpIntegrationTest;
import org.mizan.kernel.LotId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** The demo's red flags: the truck that arrived 1.85 t short and the flotation run with surplus copper, and nothing else. */
@TestPropertySource(properties = {"mizan.demo.enabled=true", "mizan.test.isolation=demo-alerts", "mizan.oversight.fiscal.recording-quiet=PT0S"})
class DemoAlertsIntegrationTests extends HttpIntegrationTest {

    @Autowired
    Evaluator evaluator;

    @Autowired
    Oversight oversight;

    @Autowired
    FiscalWatch fiscal;

    @Autowired
    ContractWatch contracts;

    @Test
    void theDemoRaisesTheShortTruckAndTheSurplusCopper() throws InterruptedException {
        for (int i = 0; i < 200 && !evaluator.caughtUp(); i++) {
            Thread.sleep(50);
        }
        fiscal.catchUp(java.time.Duration.ofSeconds(5));
        List<JsonNode> alerts = new ArrayList<>();
        api.get("/api/v1/alerts", adminKey()).json().get("alerts").forEach(alerts::add);
        List<JsonNode> fiscal = alerts.stream().filter(a -> a.get("rule").asString().matches("ROYALTY_.*|PAYMENT_.*|UNDERVALUED_.*")).toList();
        alerts.removeAll(fiscal);
        // The contract rules run on their own sweep, whose timing this test does not control: judged below.
        alerts.removeIf(a -> a.get("rule").asString().matches("OBLIGATION_.*|LOCAL_CONTENT_.*|COMMITMENT_.*"));
        assertThat(alerts).extracting(a -> a.get("rule").asString() + " " + a.at("/evidence/eventIds").toString())
                .containsExactly("TRANSIT_LOSS [\"demo-dsp-2\",\"demo-rcv-2\"]", "ELEMENT_IMBALANCE [\"demo-prc-cu-2\"]");
        // Every demo royalty fell due in September 2025; the demo's receipts arrived in October, or never.
        assertThat(fiscal).extracting(a -> a.get("rule").asString() + " " + a.at("/subject/licences/0").asString())
                .containsExactlyInAnyOrder("ROYALTY_UNPAID BA-ML-2022-0117", "ROYALTY_UNPAID KP-ML-2023-0042", "ROYALTY_UNPAID KP-EL-2024-0007",
                        "PAYMENT_RECEIPT_MISMATCH KP-ML-2023-0042");
        JsonNode mismatch = fiscal.stream().filter(a -> a.get("rule").asString().equals("PAYMENT_RECEIPT_MISMATCH")).findFirst().orElseThrow();
        assertThat(mismatch.at("/evidence/figures/difference").asString()).isEqualTo("-50000.00");
        assertThat(mismatch.at("/evidence/figures/gfsCode").asString()).isEqualTo("1415E1");
        assertThat(alerts.get(0).at("/evidence/figures/shortKg").asString()).isEqualTo("1850");
        assertThat(alerts.get(1).at("/evidence/figures/surplusKg").asString()).isEqualTo("44.55");
        assertThat(alerts).allSatisfy(a -> assertThat(a.get("province").asString()).isEqualTo("PK-BA"));
        assertThat(fiscal).noneMatch(a -> a.get("rule").asString().equals("UNDERVALUED_EXPORT"));
        assertThat(oversight.alertsTouching(List.of(new LotId("HUB-CUC-2025-0001"), new LotId("CHG-ORE-2025-0002")), List.of(), List.of()))
                .extracting(AlertSummary::rule).containsExactlyInAnyOrder("TRANSIT_LOSS", "ROYALTY_UNPAID");
    }

    @Test
    void theDemoContractsRaiseTheShortFundTheLowLocalShareAndTheUndisclosedInvestment() {
        contracts.sweep(java.time.Duration.ZERO);
        List<String> raised = new ArrayList<>();
        api.get("/api/v1/alerts", adminKey()).json().get("alerts").forEach(a -> {
            if (a.get("rule").asString().matches("OBLIGATION_.*|LOCAL_CONTENT_.*|COMMITMENT_.*")) {
                JsonNode f = a.at("/evidence/figures");
                raised.add(a.get("rule").asString() + " " + f.get("milestone").asString() + " " + f.get("delivered").asString() + "/"
                        + f.get("required").asString());
            }
        });
        // 20 of 50 million paid for 2025-26; 227 of 436 employees local in 2026-Q3 (52.06 %); the capex tranche never disclosed.
        assertThat(raised).containsExactlyInAnyOrder("OBLIGATION_OVERDUE fy2025-26 20000000/50000000",
                "LOCAL_CONTENT_SHORTFALL 2026-q3 52.06/60", "COMMITMENT_MILESTONE_OVERDUE capex-disclosed 0/1");
    }

    @Test
    void theDemoPassportShowsTheShortTruckAmongItsOpenAlerts() {
        JsonNode passport = api.get("/passports/PK-EXP-2025-10-0001.json").json();
        List<String> open = new ArrayList<>();
        passport.at("/alerts/open").forEach(a -> open.add(a.get("rule").asString() + " " + a.get("status").asString()));
        assertThat(open).contains("TRANSIT_LOSS open");
        assertThat(passport.at("/alerts/status").asString()).isEqualTo(open.size() + " alerts recorded");
    }
}
