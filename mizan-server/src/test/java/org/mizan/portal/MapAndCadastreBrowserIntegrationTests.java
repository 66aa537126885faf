package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** The map and the licence cadastre on the demo data, in Chromium: what the SVG draws, and where a click leads. */
@TestPropertySource(properties = {"mizan.demo.enabled=true", PortalDemo.OWN_CONTEXT})
class MapAndCadastreBrowserIntegrationTests extends BrowserIntegrationTest {


    private List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    @Test
    void theMapDrawsEveryProvinceEveryDemoLicenceAndEverySiteWithoutATileServer() {
        browser.open(baseUrl() + "/map", 1280);
        // The bundled boundaries hold seven first-level units: four provinces, two territories and the capital.
        assertThat(all("svg#map path.province").stream().map(p -> p.getAttribute("data-province")))
                .containsExactlyInAnyOrder("PK-BA", "PK-KP", "PK-PB", "PK-SD", "PK-GB", "PK-JK", "PK-IS");
        assertThat(all("svg#map a.licence").stream().map(a -> a.getAttribute("data-licence")))
                .containsExactlyInAnyOrder("BA-ML-2022-0117", "KP-ML-2023-0042", "KP-EL-2024-0007");
        for (WebElement area : all("svg#map a.licence path.area")) {
            assertThat(area.getAttribute("d")).matches("M[0-9.]+ [0-9.]+(L[0-9.]+ [0-9.]+)+Z.*");
            assertThat(area.getAttribute("class")).isEqualTo("area active");
        }
        JsonNode sites = api.get("/api/v1/sites").json();
        assertThat(all("svg#map a.site")).hasSize(sites.size());
        // The Chagai licence lies in the west of Balochistan: left of the country's middle and below its middle.
        WebElement chagai = browser.driver.findElement(By.cssSelector("a[data-licence='BA-ML-2022-0117'] circle"));
        assertThat(Double.parseDouble(chagai.getAttribute("cx"))).isLessThan(MapDrawing.WIDTH / 3.0);
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("map");
    }

    @Test
    void aProvinceFrameDrawsItsDistrictsAndALicenceLeadsToItsCadastrePage() {
        browser.open(baseUrl() + "/map?province=PK-KP", 1280);
        assertThat(all("svg#map path.province")).hasSize(1);
        assertThat(all("svg#map path.district")).hasSizeGreaterThan(20);
        assertThat(all("svg#map a.licence")).hasSize(2);
        browser.screenshot("map-kp");
        browser.driver.get(baseUrl() + browser.driver.findElement(By.cssSelector("a[data-licence='KP-ML-2023-0042']")).getDomAttribute("href"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Licence KP-ML-2023-0042");
        String summary = browser.driver.findElement(By.cssSelector("dl.summary")).getText();
        assertThat(summary).contains("Khyber Pakhtunkhwa · Chitral").contains("Active");
        // The Chitral antimony mine extracted 40,000 kg in the demo.
        assertThat(summary).contains("40 Tonnes");
        browser.screenshot("licence");
    }

    @Test
    void theCadastreIsSearchableByDistrictHolderMineralAndProvince() {
        browser.open(baseUrl() + "/licences?q=chagai", 1280);
        assertThat(numbers()).containsExactly("BA-ML-2022-0117");
        browser.open(baseUrl() + "/licences?mineral=antimony", 1280);
        assertThat(numbers()).containsExactly("KP-ML-2023-0042");
        browser.open(baseUrl() + "/licences?province=PK-KP", 1280);
        assertThat(numbers()).containsExactlyInAnyOrder("KP-ML-2023-0042", "KP-EL-2024-0007");
        browser.open(baseUrl() + "/licences?lang=ur", 390);
        assertThat(numbers()).hasSize(3);
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("licences-ur-390", 390);
    }

    @Test
    void anUnknownLicenceOrSiteIsAPageNotAServerError() {
        assertThat(api.get("/licences/XX-0000").status()).isEqualTo(404);
        assertThat(api.get("/licences/%20").status()).isEqualTo(404);
        assertThat(api.get("/sites/no-such-site").status()).isEqualTo(404);
        assertThat(api.get("/map?province=PK-XX").status()).isEqualTo(404);
        browser.open(baseUrl() + "/licences/XX-0000?lang=ur", 1280);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("یہاں کچھ نہیں");
    }

    private List<String> numbers() {
        return all("main table tbody tr td:first-child a").stream().map(WebElement::getText).toList();
    }
}
