package org.mizan.fiscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.ledger.Auditor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** The demo's fiscal year 2025-26: four payments and their receipts reconcile with one material difference. */
@TestPropertySource(properties = "mizan.demo.enabled=true")
class RevenueDemoIntegrationTests extends HttpIntegrationTest {

    @Autowired
    Auditor auditor;

    /** Lines run by GFS code, then company (chitral-antimony-coop before fwo), then licence. */
    @Test
    void theDemoYearHasOneMaterialDifferenceTheCooperativesShortRoyalty() {
        Reply rec = api.get("/api/v1/fiscal/reconciliation?fiscalYear=2025-26", adminKey());
        assertThat(rec.status()).as(rec.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode l : rec.json().get("differences")) {
            lines.add(l.get("gfsCode").asString() + " " + l.get("licence").asString() + " " + l.get("declared").asString() + " "
                    + l.get("received").asString() + " " + l.get("material").asBoolean());
        }
        assertThat(lines).containsExactly(
                "114521E BA-ML-2022-0117 250000 250000 false",
                "114521E KP-EL-2024-0007 80000 80000 false",
                "1415E1 KP-ML-2023-0042 1200000 1150000 true",
                "1415E1 BA-ML-2022-0117 4500000.00 4500000.00 false");
        assertThat(rec.json().get("material").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/fiscal/revenue?fiscalYear=2025-26&licence=KP-ML-2023-0042").json().get("rows").get(0)
                .get("reportingStatus").asString()).isEqualTo("Included, not reconciled");
        assertThat(auditor.audit().problems()).isEmpty();
    }
}
