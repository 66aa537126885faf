package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.mizan.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/** The Balochistan mines department's main path in Chromium: sign in, find the case, resolve it, see it, sign out. */
@TestPropertySource(properties = {"mizan.demo.enabled=true", PortalDemo.OWN_CONTEXT})
class RegulatorBrowserIntegrationTests extends BrowserIntegrationTest {

    @Value("${mizan.data-dir}")
    Path dataDir;


    @Test
    void theRegulatorResolvesTheShortTruckFromItsQueueAndSignsOut() throws IOException {
        String password = JsonMapper.builder().build().readTree(Files.readString(dataDir.resolve("demo-keys.json")))
                .get("sign-ins").get("balochistan-mmdd").asString();
        String key = keyFor("balochistan-mmdd", Role.REGULATOR);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/alerts?rule=TRANSIT_LOSS", key).json().get("alerts").size() > 0);

        browser.open(baseUrl() + "/sign-in", 1280);
        browser.driver.findElement(By.id("username")).sendKeys("balochistan-mmdd");
        browser.driver.findElement(By.id("password")).sendKeys("not it");
        browser.driver.findElement(By.cssSelector("main form button")).click();
        assertThat(browser.driver.findElement(By.cssSelector("[role=alert]")).getText()).isEqualTo("The user name or the password is wrong.");
        assertThat(browser.driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("balochistan-mmdd");
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.driver.findElement(By.cssSelector("main form button")).click();

        // The sign-in is a form post answered by a redirect; on a busy machine the console may not have loaded yet.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver.getCurrentUrl().endsWith("/console"));
        new Select(browser.driver.findElement(By.id("rule"))).selectByValue("TRANSIT_LOSS");
        browser.driver.findElement(By.cssSelector("form.search button")).click();
        // The filter is a form get: counting before the filtered page has loaded counts the whole queue.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver.getCurrentUrl().contains("rule=TRANSIT_LOSS"));
        assertThat(browser.driver.findElements(By.cssSelector("main tbody tr"))).hasSize(1);
        browser.screenshot("console");
        browser.screenshot("console-390", 390);
        assertThat(browser.horizontalOverflow()).isZero();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        browser.driver.findElement(By.cssSelector("main tbody tr a")).click();

        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).endsWith("Mass lost in transit");
        assertThat(browser.driver.findElement(By.cssSelector("dl.evidence")).getText()).contains("chagai-copper-pit");
        browser.driver.findElement(By.cssSelector("input[name=to][value=resolved]")).click();
        new Select(browser.driver.findElement(By.id("finding"))).selectByValue("confirmed");
        browser.driver.findElement(By.id("note")).sendKeys("Weighbridge tickets at Hub match the shortfall");
        browser.driver.findElement(By.cssSelector("form.upload button")).click();

        assertThat(browser.driver.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("The case was moved and the move committed to the log.");
        assertThat(browser.driver.findElement(By.xpath("//dt[text()='Status']/following-sibling::dd")).getText())
                .isEqualTo("Resolved · Confirmed");
        browser.screenshot("case-resolved");

        browser.driver.findElement(By.cssSelector("header form button")).click();
        // The sign-out is a form post; opening the next page before its redirect lands would race it.
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.driver.getCurrentUrl().endsWith("/?signed-out"));
        browser.driver.get(baseUrl() + "/console");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/sign-in");
    }
}
