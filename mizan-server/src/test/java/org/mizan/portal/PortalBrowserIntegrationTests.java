package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.TestDatabase;
import org.mizan.passport.DemoPassport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/** The public pages in real headless Chromium, on the demo data. Screenshots go to target/screenshots. */
@TestPropertySource(properties = "mizan.demo.enabled=true")
class PortalBrowserIntegrationTests extends BrowserIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private void assertAccessibleSkeleton() {
        assertThat(find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.driver.findElements(By.cssSelector("header, nav, main#main, footer"))).hasSize(4);
        for (WebElement input : browser.driver.findElements(By.cssSelector("input:not([type=hidden])"))) {
            assertThat(browser.driver.findElements(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))).hasSize(1);
        }
        // Nothing is loaded from another origin: every stylesheet, script and image is the server's own.
        for (WebElement asset : browser.driver.findElements(By.cssSelector("link[href], script[src], img[src]"))) {
            String url = asset.getAttribute("href") != null ? asset.getAttribute("href") : asset.getAttribute("src");
            assertThat(url).startsWith(baseUrl());
        }
    }

    @Test
    void landingPageSaysWhatMizanIsAndListsTheCheckpointAndPassports() {
        browser.driver.get(baseUrl() + "/");
        assertAccessibleSkeleton();
        assertThat(find("h1").getText()).isEqualTo("Critical minerals, traced from mine to port");
        String checkpointSize = api.get("/log/checkpoint").body().split("\n")[1];
        assertThat(browser.driver.findElement(By.xpath("//dt[text()='Entries in the latest signed checkpoint']/following-sibling::dd"))
                .getText()).isEqualTo(checkpointSize);
        WebElement link = browser.driver.findElement(By.linkText(DemoPassport.PUBLISHED));
        browser.screenshot("landing");
        followAndWait(link);
        assertThat(find("h1").getText()).isEqualTo("Mineral passport " + DemoPassport.PUBLISHED);
    }

    @Test
    void passportPageShowsSummaryFirstThenTheChainThenTheEvidence() {
        browser.driver.get(baseUrl() + "/passports/" + DemoPassport.PUBLISHED);
        assertAccessibleSkeleton();
        List<String> headings = browser.driver.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList();
        assertThat(headings).startsWith("Summary", "What was exported, and how pure", "Where it came from", "The chain");
        assertThat(headings).endsWith("The evidence");
        assertThat(browser.driver.findElement(By.xpath("//dt[text()='How much (net)']/following-sibling::dd")).getText())
                .isEqualTo("12,915 kg");
        assertThat(browser.driver.findElement(By.xpath("//dt[text()='From where (province)']/following-sibling::dd")).getText())
                .isEqualTo("Balochistan 7.7 %, Khyber Pakhtunkhwa 92.3 %");
        assertThat(find("main p").getText()).isEqualTo("Exported by Frontier Works Organisation fwo to U.S. Strategic Metals usm (US) "
                + "through FWO export yard, Karachi Port (illustrative) on 8 Oct 2025, 16:00.");
        assertThat(browser.driver.findElements(By.cssSelector("main p small.pid")).stream().map(WebElement::getText))
                .contains("fwo", "usm");
        assertThat(browser.driver.findElements(By.cssSelector("table.origin tbody tr")).stream().map(WebElement::getText))
                .containsExactly("BA-ML-2022-0117 Chagai, Balochistan 7.7 %", "KP-EL-2024-0007 Khyber, Khyber Pakhtunkhwa 3.2 %",
                        "KP-ML-2023-0042 Chitral, Khyber Pakhtunkhwa 89.0 %");
        assertThat(find("table.lines tbody tr").getText()).contains("1,000", "Au 0.00151 %", "Cu 26.84 %", "10 Sept 2025");
        // The evidence names each step's site and party, and its time as a reader writes it, not the ISO string.
        assertThat(find("table.evidence tbody tr").getText())
                .endsWith("demo-ext-cu-1 extracted 4 Aug 2025, 07:30 Chagai copper-gold pit (illustrative) chagai-copper-pit "
                        + "Frontier Works Organisation fwo");
        // Five mined lots, four processed ones, the consignment; one link per input-output pair of the three
        // processes (2 + 2 + 2) and one per exported line (4).
        assertThat(browser.driver.findElements(By.cssSelector(".diagram svg g"))).hasSize(10);
        assertThat(browser.driver.findElements(By.cssSelector(".diagram svg > path"))).hasSize(6 + 4);
        WebElement qr = find("figure.qr svg");
        assertThat(qr.getAttribute("aria-label")).isEqualTo("QR code linking to this passport");
        assertThat(qr.getSize().getWidth()).isGreaterThanOrEqualTo(100);
        assertThat(browser.driver.findElements(By.cssSelector("table[aria-labelledby=evidence] tbody tr"))).hasSize(31);
        // An alert reads as what was found and where the case stands, never as a rule code or a verdict.
        assertThat(find("section, main").findElement(By.cssSelector("p.note")).getText())
                .isEqualTo("An alert means that a figure in the records of this chain did not match what was expected. "
                        + "It asks the regulator to look into it; it is not a finding that anyone did wrong.");
        // The alerts about the consignment's own lots come first; the flotation run at Hub whose output is not in this
        // consignment is listed apart, under a heading that says it is not about these lots.
        List<String> alerts = browser.driver.findElements(By.cssSelector("ul.alerts li")).stream().map(WebElement::getText).toList();
        assertThat(alerts).hasSize(5);
        assertThat(find("#alerts-lots").getText()).isEqualTo("About this consignment's lots (4)");
        List<String> own = browser.driver.findElements(By.cssSelector("ul.alerts:not(.elsewhere) li")).stream().map(WebElement::getText).toList();
        assertThat(own).hasSize(4);
        assertThat(own.get(0)).startsWith("Mass lost in transit (medium concern)")
                .contains("What was found: Lot CHG-ORE-2025-0002 left chagai-copper-pit with 30000 kg")
                .contains("Lots of this consignment's chain it concerns: CHG-ORE-2025-0002")
                .endsWith("Case open: the regulator has not yet reviewed it.").doesNotContain("TRANSIT_LOSS");
        assertThat(own.subList(1, 4)).allSatisfy(a -> assertThat(a).startsWith("Royalty not paid by its deadline (high concern)")
                .contains("none of it was received").doesNotContain("ROYALTY_UNPAID"));
        assertThat(find("#alerts-places").getText())
                .isEqualTo("Not about this consignment's lots: about a site or licence its chain shared (1)");
        assertThat(find("ul.alerts.elsewhere li").getText()).startsWith("More element out of a process than went in (high concern)")
                .contains("22.92 % of the output unattributed")
                .contains("Site this chain passed through: Hub concentrator plant (illustrative) hub-concentrator")
                .contains("Lots it names, none of them in this consignment: CHG-ORE-2025-0003, HUB-CUC-2025-0002")
                .doesNotContain("ELEMENT_IMBALANCE");
        assertThat(browser.driver.findElement(By.xpath("//dt[text()='Oversight alerts']/following-sibling::dd")).getText())
                .isEqualTo("4 about this consignment's lots, 1 about a site or licence its chain shared");
        browser.screenshot("passport");
    }

    @Test
    void verifyPageShowsEachCheckForAValidAndATamperedFile() throws Exception {
        Path dir = TestDatabase.freshDataDir();
        String served = api.get("/passports/" + DemoPassport.PUBLISHED + ".json").body();
        Path valid = Files.writeString(dir.resolve("passport.json"), served);
        @SuppressWarnings("unchecked")
        Map<String, Object> passport = JSON.readValue(served, Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = (Map<String, Object>) passport.get("totals");
        totals.put("netMassKg", "13915");
        Path tampered = Files.writeString(dir.resolve("tampered.json"), JSON.writeValueAsString(passport));

        browser.driver.get(baseUrl() + "/verify");
        assertAccessibleSkeleton();
        find("#passport").sendKeys(valid.toAbsolutePath().toString());
        submitUpload();
        assertThat(find(".verdict").getText()).isEqualTo("Verified: passport PK-EXP-2025-10-0001 checks out.");
        assertThat(browser.driver.findElements(By.cssSelector("ul.checks li.pass"))).hasSize(4);
        browser.screenshot("verify-valid");

        find("#passport").sendKeys(tampered.toAbsolutePath().toString());
        submitUpload();
        assertThat(find(".verdict").getText()).isEqualTo("Not verified: passport PK-EXP-2025-10-0001 fails a check.");
        assertThat(browser.driver.findElements(By.cssSelector("ul.checks li.pass"))).hasSize(3);
        assertThat(find("ul.checks li.fail").getText())
                .contains("Fail: Every field recomputes from the events and registry facts, or is declared")
                .contains("Claim totals.netMassKg: the passport says 13915, the events give 12915.");
        browser.screenshot("verify-tampered");
    }

    @Test
    void inUrduThePassportTheVerifyPageAndTheNotFoundPageReadRightToLeft() throws Exception {
        browser.open(baseUrl() + "/passports/" + DemoPassport.PUBLISHED + "?lang=ur", 1280);
        assertThat(find("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(find("html").getAttribute("lang")).isEqualTo("ur");
        assertThat(find("h1").getText()).isEqualTo("معدنی پاسپورٹ " + DemoPassport.PUBLISHED);
        List<String> headings = browser.driver.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList();
        assertThat(headings).startsWith("خلاصہ", "کیا برآمد ہوا، اور کتنا خالص", "یہ کہاں سے آیا", "سلسلہ");
        assertThat(browser.driver.findElement(By.xpath("//dt[text()='کتنا (خالص وزن)']/following-sibling::dd")).getText())
                .isEqualTo("۱۲٬۹۱۵ کلوگرام");
        assertThat(browser.driver.findElement(By.xpath("//dt[text()='کہاں سے (صوبہ)']/following-sibling::dd")).getText())
                .isEqualTo("بلوچستان ۷٫۷ %، خیبر پختونخوا ۹۲٫۳ %");
        assertThat(find("main p").getText()).contains("۸ اکتوبر، ۲۰۲۵").doesNotContain("2025-10-08T11:00:00Z");
        assertThat(find("#alerts-places").getText()).isEqualTo("اس کھیپ کی لاٹوں کے بارے میں نہیں: اس کے سلسلے کے کسی مشترک مقام یا لائسنس کے بارے میں (۱)");
        assertThat(find("figure.qr svg").getAttribute("aria-label")).isEqualTo("اس پاسپورٹ کا لنک دینے والا QR کوڈ");
        assertThat(find("ul.alerts li").getText()).startsWith("راستے میں وزن کی کمی (درمیانی تشویش)")
                .endsWith("کیس کھلا ہے: نگران ادارے نے ابھی اس کا جائزہ نہیں لیا۔");
        browser.screenshot("passport-ur");
        browser.screenshot("passport-ur-390", 390);

        Path valid = Files.writeString(TestDatabase.freshDataDir().resolve("passport.json"),
                api.get("/passports/" + DemoPassport.PUBLISHED + ".json").body());
        browser.open(baseUrl() + "/verify?lang=ur", 1280);
        assertThat(find("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(find("h1").getText()).isEqualTo("پاسپورٹ کی تصدیق");
        assertThat(find("label[for=passport]").getText()).isEqualTo("پاسپورٹ فائل (JSON)");
        find("#passport").sendKeys(valid.toAbsolutePath().toString());
        submitUpload();
        assertThat(find(".verdict").getText()).isEqualTo("تصدیق ہو گئی: پاسپورٹ " + DemoPassport.PUBLISHED + " درست ہے۔");
        assertThat(browser.driver.findElements(By.cssSelector("ul.checks li.pass strong")).get(1).getText())
                .isEqualTo("کامیاب: ظاہر کیا گیا ہر واقعہ لاگ میں ہے");
        browser.screenshot("verify-ur");
        browser.screenshot("verify-ur-390", 390);
        assertThat(browser.horizontalOverflow()).isZero();

        browser.open(baseUrl() + "/passports/PK-NO-SUCH-1?lang=ur", 390);
        assertThat(find("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(find("h1").getText()).isEqualTo("کوئی شائع شدہ پاسپورٹ PK-NO-SUCH-1 نہیں");
        assertThat(find("main a").getText()).isEqualTo("شائع شدہ پاسپورٹ دیکھیں");
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("passport-missing-ur-390", 390);
    }

    /** Submits the upload form and waits for the answer page, so no element of the page before is read. */
    private void submitUpload() {
        followAndWait(find("form.upload button"));
    }

    private void followAndWait(WebElement control) {
        WebElement before = browser.driver.findElement(By.tagName("html"));
        control.click();
        // Chromium sometimes reports the old page's element as "not belonging to the document" rather than stale: gone too.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20)).until(d -> {
            try {
                before.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }
}
