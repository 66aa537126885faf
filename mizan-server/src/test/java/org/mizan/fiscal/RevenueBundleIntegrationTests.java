package org.mizan.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.fiscal.RevenueHttpFixture.assertProblem;
import static org.mizan.fiscal.RevenueHttpFixture.receipt;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.TestDatabase;
import org.mizan.cli.VerifyRun;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.revenue.RevenueBundle;
import org.mizan.log.revenue.RevenueReport;
import org.mizan.log.revenue.RevenueVerifier;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The revenue disclosure bundle of fiscal year 2036-37 (used by no other test) over HTTP: royalties of 1,200,000.50
 * and 300,000 PKR and a licence fee of 450,000 PKR, received in the year, and a royalty received on 2037-07-02,
 * which belongs to the next year. The bundle verifies offline with the library and with {@code mizan verify}, and
 * a changed figure fails naming the row or the receipt.
 */
class RevenueBundleIntegrationTests extends HttpIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LICENCE = "BB-ML-2036-001";
    private static final String ROYALTY_ROW = "row 2 (1415E1 · Party bb-miner · " + LICENCE + ")";

    private List<Long> entries;

    @BeforeEach
    void revenue() {
        RevenueHttpFixture fx = new RevenueHttpFixture(api);
        String admin = adminKey();
        fx.party(admin, "bb-regulator-ba", "regulator", "PK-BA");
        fx.party(admin, "bb-treasury-ba", "regulator", "PK-BA");
        fx.party(admin, "bb-miner", "company", null);
        fx.licence(keyFor("bb-regulator-ba", Role.REGULATOR), LICENCE, "bb-miner", 64.85);
        String treasury = keyFor("bb-treasury-ba", Role.TREASURY);
        if (api.get("/api/v1/fiscal/receipts?fiscalYear=2036-37", treasury).json().get("receipts").isEmpty()) {
            received(fx, treasury, "1415E1", "1200000.50", "2036-08-01", "BB-CH-1");
            received(fx, treasury, "1415E1", "300000", "2037-03-01", "BB-CH-2");
            received(fx, treasury, "114521E", "450000", "2036-09-01", "BB-CH-3");
            received(fx, treasury, "1415E1", "700000", "2037-07-02", "BB-CH-4");
        }
        entries = api.get("/api/v1/fiscal/receipts?fiscalYear=2036-37", treasury).json().get("receipts").valueStream()
                .map(r -> r.get("logIndex").asLong()).toList();
    }

    private static void received(RevenueHttpFixture fx, String treasury, String gfs, String amount, String day, String challan) {
        Reply r = fx.receive(treasury, receipt("bb-miner", LICENCE, gfs, amount, day, challan, "bb-treasury-ba"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @Test
    void theBundleRecomputesEveryRowFromItsLoggedReceipts() {
        Reply reply = api.get("/api/v1/eiti/summary-data/2036-37/bundle.json");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode rows = reply.json().get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("gfsCode").asString()).isEqualTo("114521E");
        assertThat(new BigDecimal(rows.get(0).get("value").asString())).isEqualByComparingTo("450000");
        assertThat(rows.get(1).get("companyId").asString()).isEqualTo("bb-miner");
        assertThat(rows.get(1).get("governmentEntityId").asString()).isEqualTo("bb-treasury-ba");
        assertThat(new BigDecimal(rows.get(1).get("value").asString())).isEqualByComparingTo("1500000.50");
        assertThat(rows.get(1).get("receiptEntries").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(entries.get(0), entries.get(1));
        assertThat(reply.json().get("receipts").valueStream().map(r -> r.get("index").asLong()).toList())
                .containsExactly(entries.get(0), entries.get(1), entries.get(2));

        RevenueReport report = RevenueVerifier.verify(RevenueBundle.fromJson(JSON.readValue(reply.body(), Map.class)), logKey());
        assertThat(report.problems()).isEmpty();
        assertThat(report).extracting(RevenueReport::fiscalYear, RevenueReport::rows, RevenueReport::receipts)
                .containsExactly("2036-37", 2, 3);
        assertThat(report.treeSize()).isGreaterThan(entries.get(2));
    }

    @Test
    void mizanVerifyPassesTheBundleAndNamesAChangedFigure() throws Exception {
        String body = api.get("/api/v1/eiti/summary-data/2036-37/bundle.json").body();
        Path dir = TestDatabase.freshDataDir();
        Path key = Files.writeString(dir.resolve("log.vkey"), api.get("/log/key").body());

        VerifyRun.Outcome ok = VerifyRun.verify(Files.writeString(dir.resolve("bundle.json"), body), key.toString());
        assertThat(ok.code()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("OK: revenue disclosure 2036-37: 2 rows recompute from 3 receipts, each an entry of log ");

        ObjectNode value = (ObjectNode) JSON.readTree(body);
        ((ObjectNode) value.get("rows").get(1)).put("value", "1600000.50");
        VerifyRun.Outcome changedValue = VerifyRun.verify(Files.writeString(dir.resolve("value.json"), JSON.writeValueAsString(value)), key.toString());
        assertThat(changedValue.code()).isEqualTo(1);
        assertThat(changedValue.output()).contains("FAILED: revenue disclosure 2036-37: " + ROYALTY_ROW
                + ": value 1,600,000.50 PKR but its receipts sum to 1,500,000.50 PKR");

        ObjectNode amount = (ObjectNode) JSON.readTree(body);
        ((ObjectNode) amount.get("receipts").get(0).get("recorded")).put("amount", "1300000.50");
        VerifyRun.Outcome changedAmount = VerifyRun.verify(Files.writeString(dir.resolve("amount.json"), JSON.writeValueAsString(amount)), key.toString());
        assertThat(changedAmount.code()).isEqualTo(1);
        assertThat(changedAmount.output()).contains("FAILED: revenue disclosure 2036-37: receipt entry " + entries.get(0)
                + " is not in the log: its recorded form and salt do not hash");
    }

    @Test
    void oneProjectsBundleAndBadRequestsAreProblems() {
        Reply project = api.get("/api/v1/eiti/summary-data/2036-37/bundle.json?licence=" + LICENCE);
        assertThat(project.status()).as(project.body()).isEqualTo(200);
        assertThat(project.json().get("licence").asString()).isEqualTo(LICENCE);
        assertThat(project.json().get("rows")).hasSize(2);
        assertThat(RevenueVerifier.verify(RevenueBundle.fromJson(JSON.readValue(project.body(), Map.class)), logKey()).passed())
                .isTrue();

        assertProblem(api.get("/api/v1/eiti/summary-data/2036/bundle.json"), 400, "invalid-fiscal-year");
        assertProblem(api.get("/api/v1/eiti/summary-data/2036-38/bundle.json"), 400, "invalid-fiscal-year");
        assertProblem(api.get("/api/v1/eiti/summary-data/2036-37/bundle.json?licence=BB-ML-2036-999"), 404, "licence-not-found");
    }

    private VerifierKey logKey() {
        return VerifierKey.parse(api.get("/log/key").body().strip());
    }


}
