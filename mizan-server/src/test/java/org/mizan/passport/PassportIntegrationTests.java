package org.mizan.passport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.passport.PassportCheck;
import org.mizan.log.passport.PassportReport;
import org.mizan.log.passport.PassportVerifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** Passports over HTTP on the demo data: contents, offline verification, who sees and who publishes. */
@TestPropertySource(properties = "mizan.demo.enabled=true")
class PassportIntegrationTests extends HttpIntegrationTest {

    @Value("${mizan.data-dir}")
    Path dataDir;

    private VerifierKey logKey() {
        return VerifierKey.parse(api.get("/log/key").body().strip());
    }

    @Test
    void demoPassportStatesVolumePurityFormAndOriginOfTheOctoberShipment() {
        Reply reply = api.get("/api/v1/consignments/" + DemoPassport.PUBLISHED + "/passport");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode passport = reply.json();
        assertThat(passport.at("/generalInformation/exporter/id").asString()).isEqualTo("fwo");
        assertThat(passport.at("/generalInformation/buyer/id").asString()).isEqualTo("usm");
        assertThat(passport.at("/generalInformation/destinationCountry").asString()).isEqualTo("US");
        // Masses and grades as recorded in demo/custody.json: 1000 kg at 26.84 % Cu, 11500 kg at 55.8 % Sb, 320 + 95 kg oxides.
        assertThat(passport.at("/totals/netMassKg").asString()).isEqualTo("12915");
        assertThat(passport.at("/totals/containedKg/Cu").asString()).isEqualTo("268.4");
        assertThat(passport.at("/totals/containedKg/Sb").asString()).isEqualTo("6417");
        JsonNode copper = passport.get("lines").get(0);
        assertThat(copper.get("lot").asString()).isEqualTo("HUB-CUC-2025-0001");
        assertThat(copper.get("form").asString()).isEqualTo("concentrate");
        assertThat(copper.at("/valueChainStage/step").asString()).isEqualTo("beneficiation");
        assertThat(copper.at("/purity/assays/0/certificateNumber").asString()).isEqualTo("KMAL-2025-0912");
        assertThat(passport.get("lines").get(1).at("/valueChainStage/description").asString()).isEqualTo("separated oxide");
        // Lines weighted by net mass: Balochistan's copper line is 1000 of 12915 kg.
        assertThat(passport.at("/origin/byProvince/PK-BA").asString()).isEqualTo("0.077429345722");
        assertThat(passport.at("/origin/byDistrict/Chagai").asString()).isEqualTo("0.077429345722");
        assertThat(passport.at("/origin/unattributedShare").asString()).isEqualTo("0");
        // The demo's short truck is in this chain; the surplus-copper run happened at the same concentrator; the royalties
        // of its three licences were not received by their September deadlines.
        assertThat(passport.at("/alerts/status").asString()).isEqualTo("5 alerts recorded");
        List<String> openRules = new java.util.ArrayList<>();
        passport.at("/alerts/open").forEach(a -> openRules.add(a.get("rule").asString()));
        assertThat(openRules).containsExactlyInAnyOrder("TRANSIT_LOSS", "ELEMENT_IMBALANCE", "ROYALTY_UNPAID", "ROYALTY_UNPAID", "ROYALTY_UNPAID");
        assertThat(passport.at("/esg/status").asString()).isEqualTo("not assessed");
        assertThat(passport.at("/chain/steps").size()).isEqualTo(31);
        assertThat(passport.at("/evidence/events").size()).isEqualTo(31);
    }

    @Test
    void demoPassportVerifiesOfflineAndAgreesWithTheConsignmentView() {
        Map<String, Object> passport = DemoPassport.map(api.get("/passports/" + DemoPassport.PUBLISHED + ".json").body());
        PassportReport report = PassportVerifier.verify(passport, logKey());
        assertThat(report.checks()).extracting(PassportCheck::passed).containsExactly(true, true, true, true);
        assertThat(report.passed()).isTrue();
        JsonNode consignment = api.get("/api/v1/consignments/" + DemoPassport.PUBLISHED,
                DemoPassport.keys(dataDir).get("mizan-operator")).json();
        @SuppressWarnings("unchecked")
        Map<String, Object> origin = (Map<String, Object>) passport.get("origin");
        assertThat(origin.get("byLicence")).isEqualTo(DemoPassport.JSON.convertValue(consignment.at("/origin/byLicence"), Map.class));
    }

    /**
     * The live demo passport proves or declares every field: each claim the old verifier let through fails
     * with the field named. The same document, written with {@code -Dmizan.passport.fixture=<dir>}, is the
     * fixture over which the verifier's unit test changes every field in turn.
     */
    @Test
    @SuppressWarnings("unchecked")
    void liveDemoPassportFailsNamingEachChangedClaimAndSaysWhatIsDeclared() throws Exception {
        String served = api.get("/passports/" + DemoPassport.PUBLISHED + ".json").body();
        String fixture = System.getProperty("mizan.passport.fixture");
        if (fixture != null) {
            java.nio.file.Files.writeString(Path.of(fixture, "demo-passport.json"), served);
            java.nio.file.Files.writeString(Path.of(fixture, "demo-log.vkey"), logKey() + "\n");
        }
        PassportReport report = PassportVerifier.verify(DemoPassport.map(served), logKey());
        assertThat(report.passed()).as(report.toString()).isTrue();
        assertThat(report.declared()).extracting(PassportReport.Declaration::field)
                .containsExactly("alerts", "publication", "evidence.registryFacts");
        assertThat(DemoPassport.map(served).get("alerts")).asString()
                .containsPattern("coverage=alerts cover events up to seq \\d+ of \\d+; 0 records set aside");
        Map<String, java.util.function.Consumer<Map<String, Object>>> changes = new java.util.LinkedHashMap<>();
        changes.put("lines[0].origin.BA-ML-2022-0117", p -> at(p, "lines", 0, "origin").put("BA-ML-2022-0117", "0.9"));
        changes.put("lines[0].purity.grades.Cu", p -> at(p, "lines", 0, "purity", "grades").put("Cu", "0.3"));
        changes.put("lines[0].form", p -> at(p, "lines", 0).put("form", "oxide"));
        changes.put("lines[0].material", p -> at(p, "lines", 0).put("material", "cu-ore"));
        changes.put("lines[0].valueChainStage.step", p -> at(p, "lines", 0, "valueChainStage").put("step", "refining"));
        changes.put("lines[0].purity.assays[0].certificateNumber",
                p -> at(p, "lines", 0, "purity", "assays", 0).put("certificateNumber", "KMAL-2025-9999"));
        changes.put("generalInformation.buyer.id", p -> at(p, "generalInformation", "buyer").put("id", "other-buyer"));
        changes.put("generalInformation.destinationCountry", p -> at(p, "generalInformation").put("destinationCountry", "CN"));
        changes.put("chain.edges[0].from", p -> at(p, "chain", "edges", 0).put("from", "CTR-SB-2025-0001"));
        changes.put("alerts.status", p -> at(p, "alerts").put("status", "no alerts recorded"));
        changes.forEach((field, change) -> {
            Map<String, Object> passport = DemoPassport.map(served);
            change.accept(passport);
            PassportReport tampered = PassportVerifier.verify(passport, logKey());
            assertThat(tampered.firstFailure()).as(field).isPresent();
            assertThat(tampered.firstFailure().get().detail()).as(field).contains("Claim " + field + ": the passport says");
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            current = step instanceof Integer i ? ((List<Object>) current).get(i) : ((Map<String, Object>) current).get(step);
        }
        return (Map<String, Object>) current;
    }

    @Test
    void unpublishedPassportIsHiddenFromThePublicAndShownToTheChain() {
        Map<String, String> keys = DemoPassport.keys(dataDir);
        String id = DemoPassport.unpublished(api, keys);
        assertThat(api.get("/api/v1/consignments/" + id + "/passport").status()).isEqualTo(404);
        assertThat(api.get("/passports/" + id + ".json").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/consignments/" + id + "/passport", keys.get("kp-mdd")).status()).isEqualTo(404);
        for (String reader : new String[] {"fwo", "usm", "balochistan-mmdd", "eiti-pk-msg"}) {
            Reply reply = api.get("/api/v1/consignments/" + id + "/passport", keys.get(reader));
            assertThat(reply.status()).as(reader + ": " + reply.body()).isEqualTo(200);
            assertThat(reply.json().get("publication").asString()).isEqualTo("not published");
            // 1000 kg at 0.5 % Cu, 900 kg weighed at the yard, 10 kg spilled: 4.45 kg of copper, all from the Chagai licence.
            assertThat(reply.json().at("/totals/netMassKg").asString()).isEqualTo("890");
            assertThat(reply.json().at("/totals/containedKg/Cu").asString()).isEqualTo("4.45");
            assertThat(reply.json().at("/chain/steps").findValuesAsString("type"))
                    .containsExactly("extracted", "dispatched", "received", "lost", "exported");
            assertThat(reply.json().at("/origin/byLicence/BA-ML-2022-0117").asString()).isEqualTo("1.000000000000");
        }
    }

    @Test
    void onlyTheExporterOrARegulatorOfTheChainPublishes() {
        Map<String, String> keys = DemoPassport.keys(dataDir);
        String id = DemoPassport.unpublished(api, keys);
        assertThat(api.post("/api/v1/consignments/" + id + "/publish", null, "").status()).isEqualTo(401);
        Reply buyer = api.post("/api/v1/consignments/" + id + "/publish", keys.get("usm"), "");
        assertThat(buyer.status()).isEqualTo(403);
        assertThat(buyer.type()).isEqualTo("/problems/may-not-publish");
        assertThat(api.post("/api/v1/consignments/" + id + "/publish", keys.get("kp-mdd"), "").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/consignments/PK-EXP-NONE/publish", keys.get("fwo"), "").status()).isEqualTo(404);
        // Refused attempts wrote nothing: still not public.
        assertThat(api.get("/passports/" + id + ".json").status()).isEqualTo(404);

        Reply regulator = api.post("/api/v1/consignments/" + id + "/publish", keys.get("balochistan-mmdd"), "");
        assertThat(regulator.status()).as(regulator.body()).isEqualTo(200);
        assertThat(regulator.json().get("url").asString()).isEqualTo("/passports/" + id);
        Reply published = api.get("/passports/" + id + ".json");
        assertThat(published.status()).isEqualTo(200);
        assertThat(PassportVerifier.verify(DemoPassport.map(published.body()), logKey()).passed()).isTrue();
        assertThat(api.get("/api/v1/consignments/" + id + "/passport").json().get("publication").asString())
                .startsWith("published ");
    }

    @Test
    void publishedPassportIsServedAsJsonByAcceptAndAsAPageOtherwise() {
        Reply json = new Api(port()).send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl() + "/passports/" + DemoPassport.PUBLISHED)).header("Accept", "application/json"), null);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("passportIdentifier").asString()).isEqualTo(DemoPassport.PUBLISHED);
        Reply page = new Api(port()).send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl() + "/passports/" + DemoPassport.PUBLISHED)).header("Accept", "text/html"), null);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"en\"", "12,915 kg", "KMAL-2025-0912", "5 alerts recorded", "Mass lost in transit",
                "Royalty not paid by its deadline").doesNotContain("TRANSIT_LOSS");
        Reply missing = new Api(port()).send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl() + "/passports/PK-EXP-NONE")).header("Accept", "text/html"), null);
        assertThat(missing.status()).isEqualTo(404);
    }
}
