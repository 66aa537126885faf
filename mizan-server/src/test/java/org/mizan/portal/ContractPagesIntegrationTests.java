package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The contract pages on the demo, as a journalist reads them: the Chagai lease's community fund short in
 * 2025-26 and its local share under the quota, both overdue; the text's hash; the memoranda's timeline with the
 * first shipment met by the October export and the investment tranche overdue; the same in Urdu; a clear 404.
 */
@TestPropertySource(properties = "mizan.demo.enabled=true")
class ContractPagesIntegrationTests extends HttpIntegrationTest {

    @Test
    void theLeasePageShowsTheShortFundTheLowShareAndTheTextsHash() {
        Reply list = api.get("/contracts");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Chagai copper-gold mining lease agreement (illustrative)", "2 delivered, 2 overdue, 1 still open");

        Reply page = api.get("/contracts/chagai-copper-lease-2022");
        assertThat(page.status()).isEqualTo(200);
        String sha = api.get("/api/v1/contracts/chagai-copper-lease-2022").json().at("/documents/0/sha256").asString();
        assertThat(page.body()).contains(sha, "Frontier Works Organisation", "100 %")
                .contains("<td class=\"num\">20,000,000 PKR</td>", "<td class=\"standing overdue\">overdue</td>")
                .contains("<td class=\"num\">52.06 %</td>")
                .contains("/api/v1/ocds/records/ocds-mizan0-chagai-copper-lease-2022");
        assertThat(api.get("/contracts/chagai-copper-lease-2022?lang=ur").body()).contains("dir=\"rtl\"", "تاخیر کا شکار", "کمیونٹی ترقیاتی فنڈ");
    }

    @Test
    void theCommitmentTimelineShowsWhatWasMetAndWhatIsOverdue() {
        Reply page = api.get("/commitments");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("USD 500,000,000", "declared, not verified", "Illustrative: entered as an example")
                .containsPattern("First consignment of critical minerals exported to the United States\\s*</span>\\s*· <strong class=\"status\">delivered</strong>")
                .contains("demo-exp-2025-10")
                .containsPattern("First tranche of the investment disclosed\\s*</span>\\s*· <strong class=\"status\">overdue</strong>");
    }

    @Test
    void anUnknownContractIsAClearNotFoundPage() {
        Reply missing = api.get("/contracts/no-such-contract");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("text/html");
        assertThat(missing.body()).doesNotContain("Exception");
    }
}
