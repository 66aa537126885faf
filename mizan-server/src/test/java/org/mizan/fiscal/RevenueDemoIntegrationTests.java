package org.mizan.fiscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.ledger.Auditor;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.revenue.RevenueBundle;
import org.mizan.log.revenue.RevenueReport;
import org.mizan.log.revenue.RevenueVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    /** The demo year converts at the latest logged rate published within it: 281.00 rupees a dollar from 1 January 2026. */
    @Test
    void theDemoYearsTotalInDollarsUsesTheLoggedRateOfThatYear() {
        JsonNode data = api.get("/api/v1/eiti/summary-data/2025-26.json").json();
        assertThat(data.get("usdRate").asString()).isEqualTo("281.00");
        // 4,500,000 + 250,000 + 1,150,000 + 80,000 = 5,980,000 rupees, / 281.00 = 21,281.1387..., to the cent.
        assertThat(data.get("totalUsd").asString()).isEqualTo("21281.14");
        assertThat(api.get("/api/v1/eiti/summary-data/2040-41.json").json().get("usdRate").asString()).isEqualTo("Not available");
    }

    /** The tour's bundle: four rows from four receipts; a changed royalty is named. */
    @Test
    void theDemoYearsBundleVerifiesAndNamesAChangedRoyalty() {
        Reply reply = api.get("/api/v1/eiti/summary-data/2025-26/bundle.json");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<?, ?> bundle = JsonMapper.builder().build().readValue(reply.body(), Map.class);
        VerifierKey key = VerifierKey.parse(api.get("/log/key").body().strip());
        RevenueReport report = RevenueVerifier.verify(RevenueBundle.fromJson(bundle), key);
        assertThat(report.problems()).isEmpty();
        assertThat(report).extracting(RevenueReport::rows, RevenueReport::receipts).containsExactly(4, 4);

        List<?> rows = (List<?>) bundle.get("rows");
        int number = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> row = (Map<?, ?>) rows.get(i);
            if (row.get("project").equals("BA-ML-2022-0117") && row.get("gfsCode").equals("1415E1")) {
                number = i + 1;
            }
        }
        assertThat(number).isEqualTo(3);
        @SuppressWarnings("unchecked")
        Map<String, Object> chagai = (Map<String, Object>) rows.get(number - 1);
        chagai.put("value", "4000000.00");
        assertThat(RevenueVerifier.verify(RevenueBundle.fromJson(bundle), key).problems()).containsExactly(
                "row 3 (1415E1 · Frontier Works Organisation · BA-ML-2022-0117): value 4,000,000.00 PKR but its"
                        + " receipts sum to 4,500,000.00 PKR");
    }
}
