package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * The public dashboard on the demo data in Chromium: figures that recompute from the demo's events, a
 * chart beside each table, CSV files, Urdu right to left, and nothing wider than a 390 px phone.
 */
@TestPropertySource(properties = {"mizan.demo.enabled=true", PortalDemo.OWN_CONTEXT})
class DashboardBrowserIntegrationTests extends BrowserIntegrationTest {


    private List<String> csvRows(String path) {
        return Arrays.asList(api.get(path).body().split("\r\n"));
    }

    @Test
    void productionRecomputesFromTheDemoExtractions() {
        // demo/custody.json extracts 90,000 kg of copper ore at Chagai and 40,000 kg of antimony ore at Krinj in August 2025.
        List<String> rows = csvRows("/dashboard/production.csv");
        assertThat(rows.get(0)).isEqualTo("mineral,province,month,tonnes");
        assertThat(rows).contains("copper,PK-BA,2025-08,90.000", "antimony,PK-KP,2025-08,40.000");

        browser.open(baseUrl() + "/dashboard", 1280);
        WebElement copper = browser.driver.findElement(By.xpath("//section[@aria-labelledby='production']//tr[td[1]='Copper']"));
        assertThat(copper.getText()).isEqualTo("Copper Balochistan August 2025 90");
        // One bar per mineral in the chart beside the table.
        long minerals = rows.stream().skip(1).map(r -> r.split(",")[0]).distinct().count();
        assertThat(browser.driver.findElements(By.cssSelector("section[aria-labelledby=production] svg rect"))).hasSize((int) minerals);
        browser.screenshot("dashboard");
    }

    @Test
    void exportsAreCountedByFormOfTheLotsThatLeft() {
        List<String> rows = csvRows("/dashboard/exports.csv");
        assertThat(rows.get(0)).isEqualTo("form,stage,tonnes,lots");
        assertThat(rows.stream().skip(1).map(r -> r.split(",")[0])).contains("concentrate", "oxide").doesNotContain("ore");
        // The October consignment alone is 12,915 kg net.
        BigDecimal total = rows.stream().skip(1).map(r -> new BigDecimal(r.split(",")[2])).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isGreaterThanOrEqualTo(new BigDecimal("12.915"));
    }

    @Test
    void alertsAreCountsOnlyByRuleAndStatus() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> csvRows("/dashboard/alerts.csv").stream()
                .anyMatch(r -> r.startsWith("TRANSIT_LOSS,")));
        List<String> rows = csvRows("/dashboard/alerts.csv");
        assertThat(rows.get(0)).isEqualTo("rule,status,count");
        assertThat(rows).anyMatch(r -> r.matches("ELEMENT_IMBALANCE,(open|acknowledged|escalated|resolved),[1-9][0-9]*"));
        browser.open(baseUrl() + "/dashboard", 1280);
        String alerts = browser.driver.findElement(By.cssSelector("section[aria-labelledby=alerts] table")).getText();
        assertThat(alerts).contains("Mass lost in transit").doesNotContain("AL-0");
    }

    @Test
    void inUrduTheDashboardReadsRightToLeftWithEasternDigitsAndFitsAPhone() {
        browser.open(baseUrl() + "/dashboard?lang=ur", 390);
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("میزان کیا درج کرتا ہے");
        String copper = browser.driver.findElement(By.xpath("//section[@aria-labelledby='production']//tr[td[1]='تانبا']")).getText();
        assertThat(copper).contains("بلوچستان").contains("۹۰");
        assertThat(browser.horizontalOverflow()).isZero();
        // The skip link is the first stop of the keyboard and, once focused, lies inside the window.
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("مواد پر جائیں");
        assertThat(skip.getRect().getX()).isBetween(0, 390 - skip.getRect().getWidth());
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("dashboard-ur-390", 390);
        browser.open(baseUrl() + "/dashboard?lang=en", 390);
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("dashboard-390", 390);
    }

    @Test
    void theLandingPageAndSignInFitAPhoneInBothLanguages() {
        for (String page : List.of("/", "/sign-in", "/verify")) {
            for (String lang : List.of("en", "ur")) {
                browser.open(baseUrl() + page + "?lang=" + lang, 390);
                assertThat(browser.horizontalOverflow()).as(page + " in " + lang).isZero();
            }
        }
        browser.open(baseUrl() + "/?lang=ur", 390);
        browser.screenshot("landing-ur-390", 390);
        browser.open(baseUrl() + "/sign-in?lang=ur", 1280);
        browser.screenshot("sign-in-ur");
    }
}
