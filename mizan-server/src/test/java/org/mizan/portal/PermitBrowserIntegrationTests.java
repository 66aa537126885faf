package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.passport.DemoPassport;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * A dispatch is a transit permit: the sender prints it with a QR code, and an officer at a checkpoint scans the
 * code on a phone. Genuine permits say so with their figures and whether their window is open now; a forged code
 * (an unknown event, a changed one, a made-up check code) is refused with 404, in English and in Urdu.
 */
// A database of its own: the permits below add a stockpile and two trips to the demo's Chagai licence, whose alerts
// and royalties other demo tests state exactly.
@TestPropertySource(properties = {"mizan.demo.enabled=true", "mizan.test.isolation=permits"})
class PermitBrowserIntegrationTests extends BrowserIntegrationTest {

    private static final int PHONE = 390;
    private static final String PIT = "chagai-copper-pit";
    private static final String YARD = "fwo-export-yard";
    private static final String STOCKPILE = "PRM-ORE-2026-0001";
    // The clock is the server's: the trips are dated just before now, one permit open now, one opening tomorrow.
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.ofHours(5)).truncatedTo(ChronoUnit.MINUTES);

    @Value("${mizan.data-dir}")
    Path dataDir;

    private String fwo;

    @BeforeEach
    void twoTripsOncePerDatabase() {
        fwo = DemoPassport.keys(dataDir).get("fwo");
        if (api.get("/api/v1/lots/" + STOCKPILE, fwo).status() == 200) {
            return;
        }
        accepted(event("prm-ext", "extracted", NOW.minusHours(3), Map.of("lot", STOCKPILE, "site", PIT, "material", "cu-ore",
                "form", "ore", "massKg", "100000", "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", 29.101, "lon", 62.048))));
        accepted(trip("prm-dsp-now", "PRM-ORE-2026-0001-T01", "40000", NOW.minusHours(1), NOW.plusDays(2)));
        accepted(trip("prm-dsp-later", "PRM-ORE-2026-0001-T02", "20000", NOW.plusDays(1), NOW.plusDays(3)));
    }

    private Map<String, Object> trip(String id, String newLot, String kg, OffsetDateTime from, OffsetDateTime until) {
        return event(id, "dispatched", NOW.minusHours(1), Map.of("lot", STOCKPILE, "from", PIT, "to", YARD, "newLot", newLot,
                "massKg", kg, "permit", Map.of("number", "BA-TP-" + id, "vehicle", "LES-7" + kg.charAt(0), "vehicleClass",
                        "N3 articulated truck", "maxPayloadKg", "40000", "validFrom", from.toString(), "validUntil", until.toString(),
                        "singleUse", true)));
    }

    private static Map<String, Object> event(String id, String type, OffsetDateTime time, Map<String, Object> fields) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", id);
        event.put("type", type);
        event.put("time", time.toString());
        event.putAll(fields);
        return event;
    }

    private void accepted(Map<String, Object> event) {
        Api.Reply reply = api.post("/api/v1/events", fwo, Api.json(event));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private long overflow() {
        return ((Number) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    private void phone(String url) {
        browser.driver.manage().window().setSize(new Dimension(PHONE, 844));
        browser.driver.get(url);
    }

    /** Signs in as the sender in the browser, opens its printable permit and returns the check link its QR code holds. */
    private String printedCheckLink(String eventId) throws Exception {
        String password = JsonMapper.builder().build().readTree(java.nio.file.Files.readString(dataDir.resolve("demo-keys.json")))
                .get("sign-ins").get("fwo").asString();
        phone(baseUrl() + "/sign-in");
        find("#username").sendKeys("fwo");
        find("#password").sendKeys(password);
        find("main form button").click();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver.getCurrentUrl().endsWith("/account"));
        find("#permit-event").sendKeys(eventId);
        find("form.search button").click();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver.getCurrentUrl().endsWith("/permits/" + eventId));
        assertThat(find("h1").getText()).isEqualTo("Transit permit BA-TP-" + eventId);
        assertThat(overflow()).isLessThanOrEqualTo(0);
        String link = find("a.checkurl").getAttribute("href");
        // The QR code on the paper encodes exactly that link.
        assertThat(find("figure.qr svg path").getAttribute("d")).isEqualTo(QrCodes.of(link).path());
        browser.screenshot("permit-print-390", PHONE);
        return link;
    }

    @Test
    void aPrintedPermitsCodeOpensAPageThatSaysItIsGenuineWithItsFiguresAndThatItIsValidNow() throws Exception {
        String link = printedCheckLink("prm-dsp-now");
        assertThat(link).startsWith(baseUrl() + "/permits/check?e=prm-dsp-now&c=");
        browser.driver.manage().deleteAllCookies();

        phone(link);
        assertThat(find(".verdict").getText()).isEqualTo("Genuine permit");
        assertThat(find(".window").getText()).isEqualTo("Valid now");
        String facts = find("dl.permit").getText();
        assertThat(facts).contains("LES-74", "PRM-ORE-2026-0001-T01", "taken from lot PRM-ORE-2026-0001", "40,000 kg",
                "Chagai copper-gold pit (illustrative)", "FWO export yard, Karachi Port (illustrative)", "One trip only",
                "by Frontier Works Organisation");
        assertThat(find("main").getText()).contains("dispatch prm-dsp-now is entry ").contains("its inclusion proof verifies against");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        browser.screenshot("permit-check-390", PHONE);

        phone(link + "&lang=ur");
        assertThat(find("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(find(".verdict").getText()).isEqualTo("اصلی اجازت نامہ");
        assertThat(find(".window").getText()).isEqualTo("اس وقت مؤثر ہے");
        assertThat(find("dl.permit").getText()).contains("LES-74", "۴۰٬۰۰۰ کلوگرام");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        browser.screenshot("permit-check-ur-390", PHONE);
    }

    @Test
    void aPermitWhoseWindowHasNotOpenedOrHasClosedIsGenuineButSaysSo() throws Exception {
        String later = printedCheckLink("prm-dsp-later");
        browser.driver.manage().deleteAllCookies();
        phone(later);
        assertThat(find(".verdict").getText()).isEqualTo("Genuine permit");
        assertThat(find(".window").getText()).startsWith("Not yet valid: valid from ");

        // The demo's short truck travelled in August 2025 under a permit valid for three days.
        String demo = api.get("/api/v1/events/demo-dsp-2/proof", fwo).json().get("salt").asString();
        phone(baseUrl() + "/permits/check?e=demo-dsp-2&c=" + code(demo));
        assertThat(find(".verdict").getText()).isEqualTo("Genuine permit");
        assertThat(find(".window").getText()).startsWith("Expired: it was valid until 8 Aug 2025");
        assertThat(find("dl.permit").getText()).contains("LES-5120", "CHG-ORE-2025-0002", "30,000 kg");
    }

    @Test
    void aForgedCodeIsRefusedAsNotAGenuinePermitInTheReadersLanguage() throws Exception {
        String demo = code(api.get("/api/v1/events/demo-dsp-2/proof", fwo).json().get("salt").asString());
        char last = demo.charAt(demo.length() - 1);
        List<String> forged = List.of(
                "/permits/check?e=demo-dsp-2&c=" + demo.substring(0, demo.length() - 1) + (last == 'A' ? 'B' : 'A'),
                "/permits/check?e=demo-dsp-3&c=" + demo,
                "/permits/check?e=BA-TP-9999&c=" + demo,
                "/permits/check?e=demo-rcv-2&c=" + demo,
                "/permits/check?e=demo-dsp-2",
                "/permits/check");
        for (String page : forged) {
            Api.Reply reply = api.get(page);
            assertThat(reply.status()).as(page).isEqualTo(404);
            assertThat(reply.body()).as(page).contains("Not a genuine permit").doesNotContain("Exception", "LES-5120");
        }
        phone(baseUrl() + forged.get(0));
        assertThat(find(".verdict").getText()).isEqualTo("Not a genuine permit");
        assertThat(find("main").getText()).contains("Do not accept the paper as a permit");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        browser.screenshot("permit-forged-390", PHONE);

        phone(baseUrl() + forged.get(1) + "&lang=ur");
        assertThat(find("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(find(".verdict").getText()).isEqualTo("اصلی اجازت نامہ نہیں");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        browser.screenshot("permit-forged-ur-390", PHONE);
    }

    @Test
    void thePrintablePermitIsNotShownToTheSignedOutPublic() {
        Api.Reply reply = api.get("/permits/prm-dsp-now");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).contains("No transit permit prm-dsp-now for you").doesNotContain("LES-74");
    }

    /** The check code as the node derives it from the event's salt (which the sender reads in the event's proof). */
    private static String code(String salt) throws Exception {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update("mizan-permit-check/v1\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        sha.update(java.util.Base64.getDecoder().decode(salt));
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(sha.digest(), 12));
    }
}
