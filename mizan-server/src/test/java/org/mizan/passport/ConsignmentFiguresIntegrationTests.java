package org.mizan.passport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.HttpIntegrationTest;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.passport.PassportReport;
import org.mizan.log.passport.PassportVerifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A consignment's figures agree with each other wherever they are shown: a line's contained mass follows
 * the mass that left, not the lot's gross mass; a closed lot shows what it held when it closed; district
 * and province shares are the sums of the rounded licence shares, in the views and the passport alike.
 */
@TestPropertySource(properties = "mizan.demo.enabled=true")
class ConsignmentFiguresIntegrationTests extends HttpIntegrationTest {

    @Value("${mizan.data-dir}")
    Path dataDir;

    @Test
    void aLineAfterAWriteOffContainsWhatLeftAsTheTotalsDo() {
        Map<String, String> keys = DemoPassport.keys(dataDir);
        String id = DemoPassport.unpublished(api, keys);
        // 1000 kg at 0.5 % Cu, weighed in at 900 kg, 10 kg spilled: 890 kg and 4.45 kg of copper left; 5 kg is the gross mass's.
        JsonNode consignment = api.get("/api/v1/consignments/" + id, keys.get("fwo")).json();
        assertThat(consignment.at("/containedKg/Cu").asString()).isEqualTo("4.45");
        assertThat(consignment.at("/lines/0/exportedMassKg").asString()).isEqualTo("890");
        assertThat(consignment.at("/lines/0/containedKg/Cu").asString()).isEqualTo("4.45");
        JsonNode lot = api.get("/api/v1/lots/CHG-ORE-2025-0900", keys.get("fwo")).json();
        assertThat(lot.get("status").asString()).isEqualTo("exported");
        assertThat(lot.get("heldWhenClosedKg").asString()).isEqualTo("890");
        assertThat(lot.at("/containedKg/Cu").asString()).isEqualTo("4.45");
    }

    @Test
    void aConsumedLotShowsWhatItHeldWhenConsumed() {
        // Extracted at 30000 kg and 0.49 % Cu, weighed in at 28150 kg, all of it floated: 137.935 kg of copper went in.
        JsonNode lot = api.get("/api/v1/lots/CHG-ORE-2025-0002", DemoPassport.keys(dataDir).get("fwo")).json();
        assertThat(lot.get("status").asString()).isEqualTo("consumed");
        assertThat(lot.get("grossMassKg").asString()).isEqualTo("30000");
        assertThat(lot.get("heldWhenClosedKg").asString()).isEqualTo("28150");
        assertThat(lot.at("/containedKg/Cu").asString()).isEqualTo("137.935");
    }

    @Test
    void provinceSharesAreSumsOfRoundedLicenceSharesInViewAndPassport() {
        Map<String, String> keys = DemoPassport.keys(dataDir);
        String id = thirds(api, keys.get("fwo"));
        // A third from each licence; the rounding remainder goes to the first, Chagai. Khyber Pakhtunkhwa holds the other
        // two: 0.666666666666 as the sum of its rounded licence shares, where rounding the exact two thirds gives ...667.
        JsonNode consignment = api.get("/api/v1/consignments/" + id, keys.get("fwo")).json();
        assertThat(consignment.at("/origin/byLicence/BA-ML-2022-0117").asString()).isEqualTo("0.333333333334");
        assertThat(consignment.at("/origin/byProvince/PK-KP").asString()).isEqualTo("0.666666666666");
        JsonNode passport = api.get("/api/v1/consignments/" + id + "/passport", keys.get("fwo")).json();
        assertThat(passport.at("/origin/byProvince/PK-KP").asString()).isEqualTo("0.666666666666");
        assertThat(passport.at("/origin/byProvince/PK-BA").asString()).isEqualTo("0.333333333334");
        assertThat(passport.at("/origin/byDistrict/Chitral").asString()).isEqualTo("0.333333333333");
        PassportReport report = PassportVerifier.verify(DemoPassport.JSON.convertValue(passport, Map.class),
                VerifierKey.parse(api.get("/log/key").body().strip()));
        assertThat(report.passed()).as(report.toString()).isTrue();
    }

    /** 300 kg of ore from each demo licence, brought to the export yard and exported together, once per database. */
    private static String thirds(Api api, String fwo) {
        String id = "PK-EXP-2025-11-0333";
        if (api.get("/api/v1/consignments/" + id, fwo).status() == 200) {
            return id;
        }
        List<String[]> mines = List.of(new String[] {"T-CU", "chagai-copper-pit", "cu-ore", "Cu", "29.101", "62.048"},
                new String[] {"T-SB", "krinj-antimony-mine", "sb-ore", "Sb", "35.851", "71.789"},
                new String[] {"T-RE", "loe-shilman-prospect", "ree-ore", "Nd", "34.171", "71.181"});
        int n = 0;
        for (String[] m : mines) {
            String lot = "THIRD-" + m[0];
            post(api, fwo, Map.of("eventId", "third-ext-" + n, "type", "extracted", "time", "2025-11-12T08:00:00+05:00", "lot", lot,
                    "site", m[1], "material", m[2], "form", "ore", "massKg", "300", "grades", Map.of(m[3], "0.01"),
                    "location", Map.of("lat", Double.parseDouble(m[4]), "lon", Double.parseDouble(m[5]))));
            post(api, fwo, Map.of("eventId", "third-dsp-" + n, "type", "dispatched", "time", "2025-11-13T06:00:00+05:00", "lot", lot,
                    "from", m[1], "to", "fwo-export-yard", "permit", Map.of("number", "TP-THIRD-" + n, "vehicle", "LES-33" + n,
                            "vehicleClass", "N3 articulated truck", "maxPayloadKg", "40000", "validFrom", "2025-11-13T06:00:00+05:00",
                            "validUntil", "2025-11-20T06:00:00+05:00")));
            post(api, fwo, Map.of("eventId", "third-rcv-" + n, "type", "received", "time", "2025-11-17T10:00:00+05:00", "lot", lot,
                    "site", "fwo-export-yard", "massKg", "300"));
            n++;
        }
        post(api, fwo, Map.of("eventId", "third-exp", "type", "exported", "time", "2025-11-18T10:00:00+05:00", "consignment", id,
                "lots", List.of("THIRD-T-CU", "THIRD-T-SB", "THIRD-T-RE"), "port", "fwo-export-yard", "buyer", "usm",
                "destinationCountry", "US", "declaredValueUsd", "900.00"));
        return id;
    }

    private static void post(Api api, String key, Map<String, Object> event) {
        Api.Reply reply = api.post("/api/v1/events", key, Api.json(event));
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
    }
}
