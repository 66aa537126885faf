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
    void whereScriptsRunLeafletDrawsTheSameLayersFromTheBundledDataAndTheKeyboardReachesIt() {
        browser.open(baseUrl() + "/map", 1280);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> "true".equals(browser.driver.findElement(By.id("leaflet")).getAttribute("data-ready")));
        WebElement map = browser.driver.findElement(By.id("leaflet"));
        assertThat(map.isDisplayed()).isTrue();
        // The SVG stays in the page for a reader without scripts; here Leaflet stands in for it.
        assertThat(browser.driver.findElement(By.id("map")).isDisplayed()).isFalse();
        assertThat(all("#leaflet path.province")).hasSize(7);
        assertThat(all("#leaflet .leaflet-marker-icon.licence")).hasSize(3);
        assertThat(all("#leaflet .leaflet-marker-icon.site")).hasSize(api.get("/api/v1/sites").json().size());
        assertThat(all("#leaflet .leaflet-tile")).isEmpty();
        assertThat(browser.driver.findElement(By.cssSelector(".leaflet-marker-icon.licence.active")).getAttribute("title"))
                .startsWith("BA-ML-2022-0117 · Frontier Works Organisation · Copper, Gold · Active");
        // The map and each marker take the focus: arrows pan, + and - zoom, Enter opens a marker's popup.
        assertThat(map.getAttribute("tabindex")).isEqualTo("0");
        assertThat(all("#leaflet .leaflet-marker-icon[tabindex='0']")).hasSizeGreaterThanOrEqualTo(3);
        // Nothing came from another origin: no tile server, no CDN.
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(fetched).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(baseUrl()));
        assertThat(fetched).anySatisfy(url -> assertThat(url).contains("/webjars/leaflet/1.9.4/dist/leaflet.js"));
        browser.screenshot("map-leaflet");
        // Without scripts the page is the SVG map, drawn on the server.
        assertThat(api.get("/map").body()).contains("<svg id=\"map\"", "data-licence=\"BA-ML-2022-0117\"");
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
        // The Krinj antimony mine extracted 40,000 kg for the export chain and 47,000 kg (20,000 + 15,000 + 12,000) for the
        // strategic reserve in the demo.
        assertThat(summary).contains("87 Tonnes");
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
