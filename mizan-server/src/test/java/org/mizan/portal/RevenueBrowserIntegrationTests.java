package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The revenue pages on the demo's fiscal year 2025-26 in Chromium: the Chagai lease's assessments with their log
 * entries and passport, the reconciliation with the cooperative's short royalty, Urdu, and nothing wider than a phone.
 */
@TestPropertySource(properties = {"mizan.demo.enabled=true", PortalDemo.OWN_CONTEXT})
class RevenueBrowserIntegrationTests extends BrowserIntegrationTest {

    private JsonNode chagaiOre;

    @BeforeEach
    void assessed() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/fiscal/assessments/royalty-CHG-ORE-2025-0001")
                .status() == 200);
        chagaiOre = api.get("/api/v1/fiscal/assessments/royalty-CHG-ORE-2025-0001").json();
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText().replace('\u00a0', ' ');
    }

    @Test
    void theChagaiLeaseShowsEachAssessmentWithItsLogEntryRateAndPassport() {
        browser.open(baseUrl() + "/revenue/licence/BA-ML-2022-0117?year=2025-26", 1280);
        assertThat(text("h1")).isEqualTo("Revenue from licence BA-ML-2022-0117");
        // README: 30,000 kg at 0.52 % Cu, 5 % of 390 US¢/lb at 283.00 PKR/USD comes to USD 67.06, PKR 18,979.29.
        String ore = text("tr[id='royalty-CHG-ORE-2025-0001']");
        assertThat(ore).contains("CHG-ORE-2025-0001", "Passport PK-EXP-2025-10-0001", "first dispatch from a mine site", "30,000",
                "PKR 18,979.29", "USD 67.06", "USD 0.00", "Logged: log entry " + chagaiOre.get("logIndex").asLong(),
                "Rate row: log entry " + chagaiOre.get("assessment").get("rate").get("logIndex").asString(),
                "Illustrative, not a published rate");
        assertThat(browser.driver.findElement(By.linkText("Passport PK-EXP-2025-10-0001")).getDomAttribute("href"))
                .isEqualTo("/passports/PK-EXP-2025-10-0001");
        String royalty = text("table.reconciliation tbody tr:nth-child(2)");
        assertThat(royalty).startsWith("1415E1\nRoyalties\nPKR 4,500,000.00 PKR 4,500,000.00 PKR 0.00 Not material\n"
                + "Declared by Frontier Works Organisation; log entries ")
                .contains("\nReceived and recorded by Accountant General Balochistan (provincial treasury, illustrative); log entries ");
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("revenue-licence");
        browser.open(baseUrl() + "/revenue/licence/BA-ML-2022-0117?year=2025-26", 390);
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("revenue-licence-390", 390);
    }

    @Test
    void theIndexSetsEachProvincesRoyaltiesReceivedBesideThoseAssessed() {
        browser.open(baseUrl() + "/revenue", 1280);
        assertThat(text("h2#year")).isEqualTo("Fiscal year 2025-26");
        assertThat(browser.driver.findElement(By.cssSelector("nav.frames a[aria-current=page]")).getText()).isEqualTo("2025-26");
        assertThat(text("section[aria-labelledby='p-PK-BA'] dl.summary")).contains("Royalties received\nPKR 4,500,000.00");
        assertThat(text("section[aria-labelledby='p-PK-KP'] dl.summary")).contains("Royalties received\nPKR 1,150,000.00");
        List<WebElement> kpStreams = browser.driver.findElements(By.cssSelector("section[aria-labelledby='p-PK-KP'] tbody tr"));
        assertThat(kpStreams.stream().map(r -> r.getText().replace('\u00a0', ' ').replaceAll(";.*", "")))
                .containsExactly("114521E Licence fees PKR 80,000.00 Recorded by the treasury", "1415E1 Royalties PKR 1,150,000.00 Recorded by the treasury");
        browser.screenshot("revenue");
        browser.driver.findElement(By.linkText("Revenue from Khyber Pakhtunkhwa, licence by licence")).click();
        browser.driver.findElement(By.linkText("KP-ML-2023-0042")).click();
        String shortRoyalty = text("table.reconciliation tr.material");
        assertThat(shortRoyalty).contains("PKR 1,200,000.00 PKR 1,150,000.00 PKR -50,000.00 Material: worth a look");
        browser.open(baseUrl() + "/revenue", 390);
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("revenue-390", 390);
    }

    @Test
    void inUrduThePagesReadRightToLeftAndFitAPhone() {
        for (String page : List.of("/revenue", "/revenue/PK-BA", "/revenue/licence/BA-ML-2022-0117", "/revenue/licence/KP-ML-2023-0042")) {
            browser.open(baseUrl() + page + "?lang=ur&year=2025-26", 390);
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.horizontalOverflow()).as(page).isZero();
        }
        assertThat(text("h1")).isEqualTo("لائسنس \u2066KP-ML-2023-0042\u2069 سے محصولات");
        browser.screenshot("revenue-licence-ur-390", 390);
        browser.open(baseUrl() + "/revenue/licence/BA-ML-2022-0117?lang=ur&year=2025-26", 1280);
        assertThat(text("tr[id='royalty-CHG-ORE-2025-0001']")).contains("روپے ۱۸٬۹۷۹٫۲۹", "مثالی شرح، شائع شدہ نہیں");
        browser.screenshot("revenue-licence-ur");
    }
}
