package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.passport.DemoPassport;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * Every public page on a 390 x 844 phone: nothing scrolls the page sideways, in English and in Urdu (right to
 * left, where an element pushed off the left edge would scroll it), and what is wider than the screen (tables,
 * the chain diagram, the map) scrolls in a frame of its own that a keyboard can reach.
 */
@TestPropertySource(properties = {"mizan.demo.enabled=true", PortalDemo.OWN_CONTEXT})
class PhoneWidthBrowserIntegrationTests extends BrowserIntegrationTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    private static final List<String> PAGES = List.of("/", "/passports/" + DemoPassport.PUBLISHED, "/verify", "/dashboard", "/licences",
            "/licences/BA-ML-2022-0117", "/sites/chagai-copper-pit", "/sites/hub-concentrator", "/map", "/map?province=PK-KP", "/revenue",
            "/revenue/PK-BA?year=2025-26", "/revenue/licence/BA-ML-2022-0117?year=2025-26", "/contracts", "/contracts/chagai-copper-lease-2022",
            "/commitments", "/economy/value-added", "/economy/resources", "/economy/reserves");

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(js, args);
    }

    /** How far the page is wider than the window, as the document measures it: 0 when nothing scrolls sideways. */
    private long overflow(String page) {
        browser.driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        browser.driver.get(baseUrl() + page);
        assertThat(browser.driver.findElement(By.cssSelector("main#main")).isDisplayed()).as(page).isTrue();
        // The map page draws with Leaflet once its data is in: measure the page as it then is.
        if (!browser.driver.findElements(By.id("leaflet")).isEmpty()) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> "true".equals(browser.driver.findElement(By.id("leaflet")).getAttribute("data-ready")));
        }
        long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) script("return window.innerWidth")).longValue();
        assertThat(innerWidth).as("the window of " + page).isLessThanOrEqualTo(WIDTH);
        return Math.max(0, scrollWidth - innerWidth);
    }

    @Test
    void noPublicPageScrollsSidewaysOnAPhoneInEnglish() {
        for (String page : PAGES) {
            assertThat(overflow(page)).as("pixels %s is wider than a %d px phone", page, WIDTH).isZero();
        }
        browser.driver.get(baseUrl() + "/passports/" + DemoPassport.PUBLISHED);
        browser.screenshot("passport-390", WIDTH);
        browser.driver.get(baseUrl() + "/");
        browser.screenshot("landing-390", WIDTH);
    }

    @Test
    void noPublicPageScrollsSidewaysOnAPhoneInUrdu() {
        for (String page : PAGES) {
            String urdu = page + (page.contains("?") ? "&" : "?") + "lang=ur";
            assertThat(overflow(urdu)).as("pixels %s is wider than a %d px phone", urdu, WIDTH).isZero();
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        }
        browser.driver.get(baseUrl() + "/passports/" + DemoPassport.PUBLISHED + "?lang=ur");
        browser.screenshot("passport-ur-390", WIDTH);
    }

    @Test
    void whatIsWiderThanThePhoneScrollsInAFrameAKeyboardReaches() {
        for (String page : PAGES) {
            overflow(page);
            // Each frame that scrolls sideways takes the focus and says what it holds.
            for (WebElement frame : browser.driver.findElements(By.cssSelector("main *"))) {
                boolean scrolls = (Boolean) script("const e = arguments[0], s = getComputedStyle(e);"
                        + " return (s.overflowX === 'auto' || s.overflowX === 'scroll') && e.scrollWidth > e.clientWidth", frame);
                if (!scrolls) {
                    continue;
                }
                String what = page + " " + frame.getTagName() + "." + frame.getAttribute("class");
                assertThat(frame.getAttribute("tabindex")).as(what).isEqualTo("0");
                assertThat(frame.getAttribute("role")).as(what).isEqualTo("region");
                assertThat(frame.getAttribute("aria-label") != null || frame.getAttribute("aria-labelledby") != null).as(what).isTrue();
            }
        }
        overflow("/passports/" + DemoPassport.PUBLISHED);
        WebElement diagram = browser.driver.findElement(By.cssSelector(".diagram"));
        assertThat((Boolean) script("arguments[0].focus(); return document.activeElement === arguments[0]", diagram)).isTrue();
        assertThat(diagram.getAttribute("role")).isEqualTo("region");
        assertThat(diagram.getAttribute("aria-label") != null || diagram.getAttribute("aria-labelledby") != null).isTrue();
    }

    @Test
    void theSkipLinkHidesByClippingAndShowsOnFocusWithinTheScreen() {
        for (String lang : List.of("en", "ur")) {
            overflow("/passports/" + DemoPassport.PUBLISHED + "?lang=" + lang);
            WebElement skip = browser.driver.findElement(By.cssSelector("a.skip"));
            assertThat((String) script("return getComputedStyle(arguments[0]).left", skip)).doesNotStartWith("-");
            assertThat(skip.getSize().getWidth()).as(lang).isLessThanOrEqualTo(1);
            script("arguments[0].focus()", skip);
            assertThat(skip.getRect().getX()).as(lang).isBetween(0, WIDTH - skip.getRect().getWidth());
            assertThat(skip.getSize().getWidth()).as(lang).isGreaterThan(1);
            assertThat(((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).longValue()).as(lang)
                    .isLessThanOrEqualTo(0);
        }
    }
}
