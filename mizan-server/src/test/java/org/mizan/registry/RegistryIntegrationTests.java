package org.mizan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;

class RegistryIntegrationTests extends HttpIntegrationTest {

    private String admin;
    private String balochistan;

    @BeforeEach
    void parties() {
        admin = adminKey();
        if (api.get("/api/v1/parties/rt-regulator-ba").status() == 404) {
            register(admin, party("rt-regulator-ba", "regulator", "PK", "PK-BA"));
            register(admin, party("rt-regulator-kp", "regulator", "PK", "PK-KP"));
            register(admin, party("rt-miner", "company", "PK", null));
        }
        balochistan = keyFor("rt-regulator-ba", Role.REGULATOR);
    }

    static Map<String, Object> party(String id, String kind, String country, String jurisdiction) {
        var body = new java.util.LinkedHashMap<String, Object>(Map.of("id", id, "name", "Party " + id, "kind", kind, "country", country));
        if (jurisdiction != null) {
            body.put("jurisdiction", jurisdiction);
        }
        return body;
    }

    void register(String key, Map<String, Object> party) {
        assertThat(api.post("/api/v1/parties", key, Api.json(party)).status()).isEqualTo(201);
    }

    static Map<String, Object> square(double lon, double lat, double side) {
        return Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(lon, lat), List.of(lon + side, lat),
                List.of(lon + side, lat + side), List.of(lon, lat + side), List.of(lon, lat))));
    }

    static Map<String, Object> licence(String number, String province, String mineral, Object area) {
        return new java.util.LinkedHashMap<>(Map.of("number", number, "type", "mining-lease", "holder", "rt-miner",
                "province", province, "minerals", List.of(Map.of("mineral", mineral, "annualCapacityTonnes", 5000)),
                "area", area, "granted", "2025-01-01", "expires", "2035-12-31"));
    }

    Reply grant(String key, Map<String, Object> licence) {
        return api.post("/api/v1/licences", key, Api.json(licence));
    }

    void assertRefused(Reply reply, int status, String type, String number) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.type()).isEqualTo("/problems/" + type);
        if (number != null) {
            assertThat(api.get("/api/v1/licences/" + number).status()).as("nothing written").isEqualTo(404);
        }
    }

    @Test
    void grantsALicenceThatAnyoneCanReadBack() {
        Reply granted = grant(balochistan, licence("RT-1", "PK-BA", "copper", square(64.0, 28.0, 0.1)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        JsonAssert read = new JsonAssert(api.get("/api/v1/licences/RT-1"));
        read.has("holder", "rt-miner").has("province", "PK-BA").has("status", "active").has("type", "mining-lease");
        assertThat(read.reply().json().at("/minerals/0/annualCapacityTonnes").asInt()).isEqualTo(5000);
        assertThat(read.reply().json().at("/area/coordinates/0/2/0").asDouble()).isEqualTo(64.1);
        assertThat(api.get("/api/v1/licences?province=PK-BA&mineral=copper").json().findValuesAsString("number"))
                .contains("RT-1");
        assertThat(api.get("/api/v1/licences?province=PK-KP").json().findValuesAsString("number")).doesNotContain("RT-1");
    }

    @Test
    void findsTheLicencesProvinceAndDistrictAtAPoint() {
        grant(balochistan, licence("RT-2", "PK-BA", "chromite", square(64.5, 28.5, 0.1)));
        Reply here = api.get("/api/v1/licences/at?lat=28.55&lon=64.55");
        assertThat(here.json().get("province").asString()).isEqualTo("PK-BA");
        assertThat(here.json().get("district").asString()).isNotBlank();
        assertThat(here.json().get("licences").findValuesAsString("number")).containsExactly("RT-2");
        Reply elsewhere = api.get("/api/v1/licences/at?lat=28.75&lon=64.55");
        assertThat(elsewhere.json().get("licences").findValuesAsString("number")).doesNotContain("RT-2");
        assertRefused(api.get("/api/v1/licences/at?lat=91&lon=64"), 400, "invalid-coordinates", null);
        assertRefused(api.get("/api/v1/licences/at?lat=north&lon=64"), 400, "invalid-parameter", null);
    }

    @Test
    void refusesAnAreaOverlappingALiveLicenceForTheSameMineralNamingIt() {
        assertThat(grant(balochistan, licence("RT-3", "PK-BA", "copper", square(65.0, 28.0, 0.2))).status()).isEqualTo(201);
        Reply overlap = grant(balochistan, licence("RT-4", "PK-BA", "copper", square(65.1, 28.1, 0.2)));
        assertRefused(overlap, 409, "licence-overlap", "RT-4");
        assertThat(overlap.json().get("overlaps").asString()).isEqualTo("RT-3");
        assertThat(overlap.json().get("detail").asString()).contains("RT-3");

        assertThat(grant(balochistan, licence("RT-5", "PK-BA", "copper", square(65.2, 28.0, 0.2))).status())
                .as("touching along a border is not overlapping").isEqualTo(201);
        assertThat(grant(balochistan, licence("RT-6", "PK-BA", "gold", square(65.1, 28.1, 0.2))).status())
                .as("another mineral may share the ground").isEqualTo(201);
        transition(balochistan, "RT-3", "revoke", "abandoned");
        assertThat(grant(balochistan, licence("RT-4", "PK-BA", "copper", square(65.1, 28.1, 0.05))).status())
                .as("a revoked title frees its ground").isEqualTo(201);
    }

    @Test
    void refusesAnAreaOutsideItsIssuingProvince() {
        Reply across = grant(balochistan, licence("RT-7", "PK-BA", "copper", square(66.5, 25.2, 1.5)));
        assertRefused(across, 422, "licence-outside-province", "RT-7");
        Reply kpAreaAsBalochistan = grant(balochistan, licence("RT-8", "PK-BA", "copper", square(71.74, 35.8, 0.1)));
        assertRefused(kpAreaAsBalochistan, 422, "licence-outside-province", "RT-8");
    }

    @Test
    void refusesInvalidGeoJson() {
        Map<String, Object> bowtie = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(64.0, 27.0),
                List.of(64.1, 27.1), List.of(64.1, 27.0), List.of(64.0, 27.1), List.of(64.0, 27.0))));
        Map<String, Object> open = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(64.0, 27.0),
                List.of(64.1, 27.0), List.of(64.1, 27.1), List.of(64.0, 27.1))));
        Map<String, Object> point = Map.of("type", "Point", "coordinates", List.of(64.0, 27.0));
        Map<String, Object> offEarth = square(200.0, 27.0, 0.1);
        for (Object area : List.of(bowtie, open, point, offEarth, "not geometry")) {
            assertRefused(grant(balochistan, licence("RT-9", "PK-BA", "copper", area)), 422, "invalid-geometry", "RT-9");
        }
    }

    @Test
    void refusesDatesInTheWrongOrderAndUnknownReferences() {
        Map<String, Object> backwards = licence("RT-10", "PK-BA", "copper", square(63.0, 27.0, 0.1));
        backwards.put("expires", "2020-01-01");
        assertRefused(grant(balochistan, backwards), 422, "dates-out-of-order", "RT-10");
        assertRefused(grant(admin, licence("RT-10", "PK-ZZ", "copper", square(63.0, 27.0, 0.1))), 422, "unknown-province", "RT-10");
        assertRefused(grant(balochistan, licence("RT-10", "PK-BA", "unobtainium", square(63.0, 27.0, 0.1))), 422,
                "unknown-mineral", "RT-10");
        Map<String, Object> noHolder = licence("RT-10", "PK-BA", "copper", square(63.0, 27.0, 0.1));
        noHolder.put("holder", "nobody-here");
        assertRefused(grant(balochistan, noHolder), 422, "unknown-party", "RT-10");
    }

    @Test
    void refusesMalformedBodiesAndUnknownFields() {
        assertRefused(api.post("/api/v1/licences", balochistan, "{\"number\": \"RT-11\","), 400, "malformed-body", "RT-11");
        Map<String, Object> extra = licence("RT-11", "PK-BA", "copper", square(63.5, 27.0, 0.1));
        extra.put("royaltyRate", 0.05);
        Reply unknown = grant(balochistan, extra);
        assertRefused(unknown, 400, "unknown-field", "RT-11");
        assertThat(unknown.json().get("field").asString()).isEqualTo("royaltyRate");
        Map<String, Object> badDate = licence("RT-11", "PK-BA", "copper", square(63.5, 27.0, 0.1));
        badDate.put("granted", "1st of January");
        assertRefused(grant(balochistan, badDate), 400, "malformed-body", "RT-11");
    }

    @Test
    void refusesBodiesOverTenMegabytes() {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertRefused(api.post("/api/v1/licences", balochistan, huge, "application/json"), 413, "body-too-large", null);
    }

    @Test
    void writesNeedALiveKeyAndTheRightJurisdiction() {
        Map<String, Object> body = licence("RT-12", "PK-BA", "copper", square(63.0, 26.5, 0.1));
        assertRefused(grant(null, body), 401, "unauthenticated", "RT-12");
        assertRefused(grant("mzn_000000000000_" + "A".repeat(43), body), 401, "invalid-key", "RT-12");
        assertRefused(grant("not-a-key", body), 401, "invalid-key", "RT-12");
        String kp = keyFor("rt-regulator-kp", Role.REGULATOR);
        assertRefused(grant(kp, body), 403, "outside-jurisdiction", "RT-12");
        String miner = keyFor("rt-miner", Role.OPERATOR);
        assertRefused(grant(miner, body), 403, "outside-jurisdiction", "RT-12");
        assertThat(grant(admin, body).status()).isEqualTo(201);
        assertRefused(transitionReply(kp, "RT-12", "suspend", "x"), 403, "outside-jurisdiction", null);
    }

    @Test
    void regulatorSuspendsReinstatesAndRevokesOnlyThroughAllowedTransitions() {
        grant(balochistan, licence("RT-13", "PK-BA", "antimony", square(63.0, 26.0, 0.1)));
        assertRefused(transitionReply(balochistan, "RT-13", "reinstate", null), 409, "invalid-licence-transition", null);
        assertThat(transition(balochistan, "RT-13", "suspend", "safety inspection").get("status").asString()).isEqualTo("suspended");
        assertThat(transition(balochistan, "RT-13", "reinstate", null).get("status").asString()).isEqualTo("active");
        assertRefused(transitionReply(balochistan, "RT-13", "revoke", null), 422, "reason-required", null);
        assertRefused(transitionReply(balochistan, "RT-13", "obliterate", null), 422, "unknown-action", null);
        assertThat(api.get("/api/v1/licences/RT-13").json().get("status").asString()).isEqualTo("active");
        assertRefused(transitionReply(balochistan, "RT-404", "suspend", null), 404, "unknown-licence", null);
    }

    @Test
    void registersSitesWithTheirProvinceFromCoordinates() {
        grant(balochistan, licence("RT-14", "PK-BA", "lead-zinc", square(66.6, 26.05, 0.1)));
        String miner = keyFor("rt-miner", Role.OPERATOR);
        Reply mine = api.post("/api/v1/sites", miner, Api.json(Map.of("id", "rt-duddar", "name", "Duddar test mine",
                "kind", "mine", "lat", 26.08, "lon", 66.63, "operator", "rt-miner", "licence", "RT-14")));
        assertThat(mine.status()).as(mine.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/sites/rt-duddar").json().get("province").asString()).isEqualTo("PK-BA");
        assertThat(api.get("/api/v1/sites?kind=mine&province=PK-BA").json().findValuesAsString("id")).contains("rt-duddar");

        Reply noLicence = api.post("/api/v1/sites", miner, Api.json(Map.of("id", "rt-pit", "name", "Pit", "kind", "mine",
                "lat", 26.0, "lon", 66.6, "operator", "rt-miner")));
        assertRefused(noLicence, 422, "mine-needs-licence", null);
        Reply someoneElses = api.post("/api/v1/sites", miner, Api.json(Map.of("id", "rt-plant", "name", "Plant",
                "kind", "plant", "lat", 25.0, "lon", 66.9, "operator", "rt-regulator-ba")));
        assertRefused(someoneElses, 403, "forbidden", null);
        assertThat(api.get("/api/v1/sites/rt-pit").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/sites/rt-plant").status()).isEqualTo(404);
    }

    @Test
    void registersPartiesWithValidatedKindsAndCountries() {
        assertRefused(api.post("/api/v1/parties", admin, Api.json(party("rt-x", "pirate", "PK", null))), 422, "unknown-party-kind", null);
        assertRefused(api.post("/api/v1/parties", admin, Api.json(party("rt-x", "company", "XX", null))), 422, "unknown-country", null);
        assertRefused(api.post("/api/v1/parties", admin, Api.json(party("rt-x", "company", "PK", "PK-BA"))), 422,
                "jurisdiction-not-allowed", null);
        assertRefused(api.post("/api/v1/parties", balochistan, Api.json(party("rt-x", "regulator", "PK", "PK-BA"))), 403,
                "forbidden", null);
        assertRefused(api.post("/api/v1/parties", admin, Api.json(party("rt-miner", "company", "PK", null))), 409,
                "party-exists", null);
        assertThat(api.get("/api/v1/parties/rt-x").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/parties", balochistan, Api.json(party("rt-buyer", "buyer", "US", null))).status()).isEqualTo(201);
    }

    private Reply transitionReply(String key, String number, String action, String note) {
        var body = new java.util.HashMap<String, Object>();
        body.put("action", action);
        body.put("note", note);
        return api.post("/api/v1/licences/" + number + "/transitions", key, Api.json(body));
    }

    private tools.jackson.databind.JsonNode transition(String key, String number, String action, String note) {
        Reply reply = transitionReply(key, number, action, note);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    record JsonAssert(Reply reply) {
        JsonAssert has(String field, String value) {
            assertThat(reply.json().get(field).asString()).as(field).isEqualTo(value);
            return this;
        }
    }
}
