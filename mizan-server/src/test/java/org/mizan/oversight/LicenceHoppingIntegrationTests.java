package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A holder with two adjoining licences books one pit to both, and once tags ore inside the first licence's area under
 * the second: one licence-hopping alert for the holder with two occurrences. The same holder's extractions in their own
 * areas, a point 150 m from the shared pit, a pit booked to the sibling a year before, and another holder digging inside the
 * first licence raise no hopping alert.
 */
@TestPropertySource(properties = {"mizan.test.isolation=licencehopping", "mizan.oversight.evaluate=false"})
class LicenceHoppingIntegrationTests extends OversightHttpTest {

    private static final double METRE_OF_LATITUDE = 1 / 111_195.08;
    private static final double METRE_OF_LONGITUDE = METRE_OF_LATITUDE / Math.cos(Math.toRadians(31.05));

    @Autowired
    Evaluator evaluator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onePitBookedToTwoLicencesOfOneHolderIsOneAlertForTheHolder() {
        String admin = adminKey();
        for (String party : List.of("lh-miner", "lh-other")) {
            post(admin, "/api/v1/parties", Map.of("id", party, "name", party, "kind", "company", "country", "PK"));
        }
        licence(admin, "LH-ML-1", "lh-miner", 73.0);
        licence(admin, "LH-ML-2", "lh-miner", 73.1);
        licence(admin, "LH-ML-9", "lh-other", 73.3);
        site(admin, "lh-mine-1", "lh-miner", "LH-ML-1", 73.05);
        site(admin, "lh-mine-2", "lh-miner", "LH-ML-2", 73.15);
        site(admin, "lh-other-mine", "lh-other", "LH-ML-9", 73.35);

        // The shared pit lies 30 m inside LH-ML-1, so 30 m outside LH-ML-2: within the 100 m tolerance of both areas.
        double pitLon = 73.1 - 30 * METRE_OF_LONGITUDE;
        post(keyFor("lh-miner", Role.OPERATOR), "/api/v1/events", Map.of("events", List.of(
                extracted("lh-x1", "lh-mine-1", 1, 31.05, 73.05),
                extracted("lh-x2", "lh-mine-2", 2, 31.05, 73.15),
                extracted("lh-x3", "lh-mine-1", 3, 31.05, pitLon),
                extracted("lh-x4", "lh-mine-2", 4, 31.05, pitLon),
                extracted("lh-x5", "lh-mine-2", 5, 31.05 + 150 * METRE_OF_LATITUDE, pitLon),
                extracted("lh-x6", "lh-mine-2", 6, 31.02, 73.03),
                // A second pit, booked to LH-ML-1 a year before: the window is a year, and one exactly a year old is out of it.
                extracted("lh-x7", "lh-mine-1", "2024-10-09T08:00:00+05:00", 31.08, pitLon),
                extracted("lh-x8", "lh-mine-2", "2025-10-09T08:00:00+05:00", 31.08, pitLon),
                extracted("lh-x9", "lh-mine-2", "2025-10-09T07:59:59+05:00", 31.08, pitLon))));
        post(keyFor("lh-other", Role.OPERATOR), "/api/v1/events", Map.of("events", List.of(
                extracted("lh-y1", "lh-other-mine", 7, 31.03, 73.03))));
        evaluator.drain();

        List<JsonNode> hopping = alerts(admin, "?rule=LICENCE_HOPPING");
        assertThat(hopping).hasSize(1);
        JsonNode alert = hopping.get(0);
        assertThat(alert.get("occurrences").asInt()).isEqualTo(3);
        assertThat(alert.get("severity").asString()).isEqualTo("high");
        assertThat(alert.at("/evidence/figures/reason").asString()).isEqualTo("point-shared");
        assertThat(alert.at("/evidence/figures/holder").asString()).isEqualTo("lh-miner");
        assertThat(alert.at("/evidence/figures/metresApart").asLong()).isZero();
        assertThat(alert.get("explanation").asString()).startsWith("Lot LOT-LH-X4 (event lh-x4) was booked to licence LH-ML-2 at 31.05, ")
                .endsWith("0 m from where the same holder lh-miner booked event lh-x3 to licence LH-ML-1 on 2025-10-03:"
                        + " one pit tagged under two licences (tolerance 100 m)");
        JsonNode occurrences = api.get("/api/v1/alerts/" + alert.get("id").asString() + "/occurrences", admin).json();
        assertThat(occurrences.get("occurrences")).extracting(o -> o.get("eventIds").toString())
                .containsExactly("[\"lh-x3\",\"lh-x4\"]", "[\"lh-x6\"]", "[\"lh-x7\",\"lh-x9\"]");
        // lh-x6 is outside its own licence as well; lh-y1 is in a stranger's licence, which is not the holder's sibling.
        assertThat(alerts(admin, "?rule=OUTSIDE_LICENCE_AREA")).extracting(a -> a.at("/evidence/eventIds/0").asString())
                .containsExactlyInAnyOrder("lh-x6", "lh-y1");

        // Remembered per extraction: the stream evaluated again from the start counts nothing twice.
        assertThat(points()).isEqualTo(9);
        jdbc.sql("update oversight_cursor set seq = 0 where name = 'custody'").update();
        evaluator.drain();
        assertThat(alerts(admin, "?rule=LICENCE_HOPPING")).extracting(a -> a.get("occurrences").asInt()).containsExactly(3);
        assertThat(points()).isEqualTo(9);
    }

    private long points() {
        return jdbc.sql("select count(*) from oversight_extraction_point where holder = 'lh-miner'").query(Long.class).single();
    }

    private void licence(String admin, String number, String holder, double west) {
        Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(west, 31.0), List.of(west + 0.1, 31.0),
                List.of(west + 0.1, 31.1), List.of(west, 31.1), List.of(west, 31.0))));
        post(admin, "/api/v1/licences", Map.of("number", number, "type", "mining-lease", "holder", holder, "province", "PK-PB",
                "minerals", List.of(Map.of("mineral", "copper", "annualCapacityTonnes", 1000)), "area", area,
                "granted", "2024-01-01", "expires", "2034-12-31"));
    }

    private void site(String admin, String id, String operator, String licence, double lon) {
        post(admin, "/api/v1/sites", Map.of("id", id, "name", id, "kind", "mine", "lat", 31.05, "lon", lon, "operator", operator,
                "licence", licence));
    }

    private static Map<String, Object> extracted(String id, String site, int day, double lat, double lon) {
        return extracted(id, site, "2025-10-0" + day + "T08:00:00+05:00", lat, lon);
    }

    private static Map<String, Object> extracted(String id, String site, String time, double lat, double lon) {
        Map<String, Object> e = new LinkedHashMap<>(Map.of("eventId", id, "type", "extracted", "time", time));
        e.putAll(Map.of("lot", "LOT-" + id.toUpperCase(), "site", site, "material", "cu-ore", "form", "ore", "massKg", "1000",
                "grades", Map.of("Cu", "0.005"), "location", Map.of("lat", lat, "lon", lon)));
        return e;
    }
}
