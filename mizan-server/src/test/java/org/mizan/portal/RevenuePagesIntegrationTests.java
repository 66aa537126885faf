package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.fiscal.RevenueHttpFixture.payment;
import static org.mizan.fiscal.RevenueHttpFixture.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.fiscal.RevenueHttpFixture;
import org.mizan.security.Role;

import tools.jackson.databind.JsonNode;

/**
 * The public revenue pages over HTTP for fiscal year 2038-39, used by no other test: one Balochistan licence whose
 * royalty came in PKR 50,000 short of what its holder declared (material) and whose licence fee, received by the mines
 * department and recorded by the treasury, reconciles.
 */
class RevenuePagesIntegrationTests extends HttpIntegrationTest {

    private static final String LICENCE = "RP-ML-2037-001";

    private long royaltyPayment;
    private long royaltyReceipt;
    private long feePayment;
    private long feeReceipt;

    @BeforeEach
    void revenue() {
        RevenueHttpFixture fx = new RevenueHttpFixture(api);
        String admin = adminKey();
        fx.party(admin, "rp-regulator-ba", "regulator", "PK-BA");
        fx.party(admin, "rp-treasury-ba", "regulator", "PK-BA");
        fx.party(admin, "rp-miner", "company", null);
        fx.licence(keyFor("rp-regulator-ba", Role.REGULATOR), LICENCE, "rp-miner", 64.60);
        String miner = keyFor("rp-miner", Role.OPERATOR);
        String treasury = keyFor("rp-treasury-ba", Role.TREASURY);
        if (api.get("/api/v1/fiscal/receipts?fiscalYear=2038-39&licence=" + LICENCE, treasury).json().get("receipts").isEmpty()) {
            fx.pay(miner, payment(LICENCE, "1415E1", "300000", "2038-08-01", "RP-CH-1"));
            fx.pay(miner, payment(LICENCE, "114521E", "120000", "2038-09-01", "RP-CH-2"));
            assertThat(fx.receive(treasury, receipt("rp-miner", LICENCE, "1415E1", "250000", "2038-08-02", "RP-CH-1", "rp-treasury-ba"))
                    .status()).isEqualTo(201);
            assertThat(fx.receive(treasury, receipt("rp-miner", LICENCE, "114521E", "120000", "2038-09-02", "RP-CH-2", "rp-regulator-ba"))
                    .status()).isEqualTo(201);
        }
        royaltyPayment = entry(api.get("/api/v1/fiscal/payments?fiscalYear=2038-39", miner).json().get("payments"), "1415E1");
        feePayment = entry(api.get("/api/v1/fiscal/payments?fiscalYear=2038-39", miner).json().get("payments"), "114521E");
        royaltyReceipt = entry(api.get("/api/v1/fiscal/receipts?fiscalYear=2038-39&licence=" + LICENCE, treasury).json().get("receipts"), "1415E1");
        feeReceipt = entry(api.get("/api/v1/fiscal/receipts?fiscalYear=2038-39&licence=" + LICENCE, treasury).json().get("receipts"), "114521E");
    }

    private static long entry(JsonNode records, String gfs) {
        for (JsonNode r : records) {
            if (r.get("gfsCode").asString().equals(gfs)) {
                return r.get("logIndex").asLong();
            }
        }
        throw new AssertionError("no record under " + gfs + " in " + records);
    }

    private Reply page(String path) {
        Reply reply = api.get(path);
        assertThat(reply.contentType()).as(path).startsWith("text/html");
        return reply;
    }

    /** Each table row's text, tags dropped and spaces (a non-breaking one too) collapsed. */
    private static List<String> rows(String html) {
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>").matcher(html);
        while (row.find()) {
            rows.add(text(row.group(1)));
        }
        return rows;
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace('\u00a0', ' ').replace("&#39;", "'").replaceAll("\\s+", " ").strip();
    }

    @Test
    void theIndexShowsEachStreamReceivedAndTheRoyaltiesBesideWhatWasAssessed() {
        Reply index = page("/revenue?year=2038-39");
        assertThat(index.status()).isEqualTo(200);
        String text = text(index.body());
        assertThat(text).contains("Fiscal year 2038-39", "Balochistan")
                .contains("Royalties assessed PKR 0.00 USD 0.00 Logged: the sum of 0 assessments committed to the log")
                .contains("Royalties received PKR 250,000.00 Logged: the receipts the treasury recorded under GFS 1415E1")
                .contains("Received less assessed PKR 250,000.00")
                .contains("Royalties forgone to incentives USD 0.00");
        assertThat(rows(index.body())).containsExactly("GFS code Revenue stream Received Where it comes from",
                "114521E Licence fees PKR 120,000.00 Recorded by the treasury; log entries " + feeReceipt,
                "1415E1 Royalties PKR 250,000.00 Recorded by the treasury; log entries " + royaltyReceipt);
        assertThat(index.body()).contains("href=\"/api/v1/eiti/summary-data/2038-39.xlsx\"", "href=\"/api/v1/eiti/summary-data/2038-39.csv\"",
                "href=\"/api/v1/eiti/summary-data/2038-39.json\"", "href=\"/revenue/PK-BA?year=2038-39\"", "href=\"/revenue?year=2038-39\"");
    }

    @Test
    void theProvincePageListsTheProjectWithItsRoyaltiesAndAllItPaid() {
        Reply province = page("/revenue/PK-BA?year=2038-39");
        assertThat(province.status()).isEqualTo(200);
        assertThat(rows(province.body())).contains("RP-ML-2037-001 Party rp-miner PKR 0.00 PKR 250,000.00 USD 0.00 PKR 370,000.00");
        assertThat(province.body()).contains("href=\"/revenue/licence/RP-ML-2037-001?year=2038-39\"");
    }

    @Test
    void theLicencePageSetsDeclaredAgainstReceivedWithTheirLogEntriesAndTheMaterialDifference() {
        // Without ?year the page shows the licence's latest year with data.
        Reply licence = page("/revenue/licence/" + LICENCE);
        assertThat(licence.status()).isEqualTo(200);
        assertThat(text(licence.body())).contains("Revenue from licence RP-ML-2037-001", "Fiscal year 2038-39",
                "Held by Party rp-miner, in Balochistan.",
                "No royalty was assessed on this licence’s lots in fiscal year 2038-39.");
        assertThat(rows(licence.body())).containsExactly(
                "Revenue stream Declared Received Difference Material? Where it comes from",
                "114521E Licence fees PKR 120,000.00 PKR 120,000.00 PKR 0.00 Not material Declared by Party rp-miner; log entries "
                        + feePayment + " Received by Party rp-regulator-ba, recorded by Party rp-treasury-ba; log entries " + feeReceipt,
                "1415E1 Royalties PKR 300,000.00 PKR 250,000.00 PKR -50,000.00 Material: worth a look Declared by Party rp-miner; log entries "
                        + royaltyPayment + " Received and recorded by Party rp-treasury-ba; log entries " + royaltyReceipt);
        assertThat(licence.body()).contains("href=\"/api/v1/fiscal/revenue?fiscalYear=2038-39&amp;licence=RP-ML-2037-001\"",
                "href=\"/licences/RP-ML-2037-001\"");
        assertThat(page("/licences/" + LICENCE).body()).contains("href=\"/revenue/licence/RP-ML-2037-001\"");
    }

    @Test
    void inUrduThePageReadsRightToLeftWithRupeesInEasternDigits() {
        // Identifiers and fiscal years are isolated left to right, so that 2038-39 does not read as 38-2037.
        // Urdu's minus sign is set between left-to-right marks, so that it stays before the digits in a right-to-left line.
        Reply urdu = page("/revenue/licence/" + LICENCE + "?year=2038-39&lang=ur");
        assertThat(urdu.status()).isEqualTo(200);
        assertThat(urdu.body()).contains("lang=\"ur\"", "dir=\"rtl\"");
        assertThat(text(urdu.body())).contains("لائسنس \u2066RP-ML-2037-001\u2069 سے محصولات", "مالی سال \u20662038-39\u2069", "اہم: جانچ کے قابل", "اہم نہیں",
                "روپے ۳۰۰٬۰۰۰٫۰۰", "روپے ۲۵۰٬۰۰۰٫۰۰", "روپے \u200e-\u200e۵۰٬۰۰۰٫۰۰");
        assertThat(text(page("/revenue?year=2038-39&lang=ur").body())).contains("بلوچستان", "وصول شدہ رائلٹی روپے ۲۵۰٬۰۰۰٫۰۰");
    }

    @Test
    void aYearWithoutDataSaysSoInASentence() {
        Reply empty = page("/revenue?year=1990-91");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(text(empty.body())).contains("No revenue was received and no royalty was assessed in fiscal year 1990-91.");
        assertThat(rows(empty.body())).isEmpty();
        assertThat(text(page("/revenue/PK-SD?year=1990-91").body()))
                .contains("No revenue was received from Sindh and no royalty was assessed there in fiscal year 1990-91.");
        assertThat(text(page("/revenue/licence/" + LICENCE + "?year=1990-91").body()))
                .contains("No payment was declared and no receipt was recorded for this licence in fiscal year 1990-91.");
    }

    @Test
    void anUnknownProvinceOrLicenceIsNotFoundAndAMalformedYearIsExplained() {
        for (String path : List.of("/revenue/PK-XX", "/revenue/not-a-code", "/revenue/licence/NO-SUCH-LICENCE", "/revenue/licence/%20")) {
            Reply missing = page(path);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(text(missing.body())).as(path).contains("There is no such licence, site or page.");
        }
        for (String path : List.of("/revenue?year=2037", "/revenue/PK-BA?year=2037-2038", "/revenue/licence/" + LICENCE + "?year=2037-39")) {
            Reply malformed = page(path);
            assertThat(malformed.status()).as(path).isEqualTo(400);
            assertThat(text(malformed.body())).as(path).contains("is not a fiscal year. A fiscal year is written like 2025-26");
        }
        assertThat(text(page("/revenue?year=2037&lang=ur").body())).contains("”\u20662037\u2069“ کوئی مالی سال نہیں۔");
    }
}
