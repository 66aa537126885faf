package org.mizan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every JSON API refuses a value of the wrong JSON type, a null and a repeated key with a 400 problem
 * naming the field, and stores nothing: each case is read back after it is refused. The bodies are
 * written out raw, because a client library would not produce a repeated key.
 */
class StrictInputIntegrationTests extends HttpIntegrationTest {

    /** One refused body: where it goes, the field the problem must name, and how to see that nothing was stored. */
    record Case(String name, String path, String body, String field, String readBack) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String AREA = "{\"type\":\"Polygon\",\"coordinates\":[[[71.5,30.5],[71.52,30.5],[71.52,30.52],[71.5,30.52],[71.5,30.5]]]}";

    @Autowired
    JdbcClient jdbc;

    private String admin;

    @BeforeEach
    void registry() {
        admin = adminKey();
        if (api.get("/api/v1/parties/strict-holder", admin).status() == 404) {
            expect(api.post("/api/v1/parties", admin, "{\"id\":\"strict-holder\",\"name\":\"Holder\",\"kind\":\"company\",\"country\":\"PK\"}"), 201);
            expect(api.post("/api/v1/licences", admin, licence("STRICT-ML-0", "\"2024-01-01\"")), 201);
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        party(cases, "number for id", "{\"id\":12345,\"name\":\"P\",\"kind\":\"company\",\"country\":\"PK\"}", "id", "12345");
        party(cases, "boolean for name", "{\"id\":\"strict-p2\",\"name\":true,\"kind\":\"company\",\"country\":\"PK\"}", "name", "strict-p2");
        party(cases, "object for kind", "{\"id\":\"strict-p3\",\"name\":\"P\",\"kind\":{},\"country\":\"PK\"}", "kind", "strict-p3");
        party(cases, "null for id", "{\"id\":null,\"name\":\"P\",\"kind\":\"company\",\"country\":\"PK\"}", "id", "null");
        party(cases, "repeated id", "{\"id\":\"strict-p5\",\"name\":\"P\",\"kind\":\"company\",\"country\":\"PK\",\"id\":\"strict-p6\"}",
                "id", "strict-p6");
        site(cases, "string for latitude", "\"strict-s1\"", "\"-1\"", "\"strict-holder\"", "lat", "strict-s1");
        site(cases, "number for operator", "\"strict-s2\"", "30.51", "123", "operator", "strict-s2");
        site(cases, "array for id", "[\"strict-s3\"]", "30.51", "\"strict-holder\"", "id", "strict-s3");
        site(cases, "null for latitude", "\"strict-s4\"", "null", "\"strict-holder\"", "lat", "strict-s4");
        cases.add(new Case("site: repeated latitude", "/api/v1/sites", "{\"id\":\"strict-s5\",\"name\":\"S\",\"kind\":\"mine\",\"lat\":30.51,"
                + "\"lon\":71.51,\"operator\":\"strict-holder\",\"licence\":\"STRICT-ML-0\",\"lat\":-1}", "lat", "/api/v1/sites/strict-s5"));
        licence(cases, "integer for date", "STRICT-ML-1", "123", "granted");
        licence(cases, "float for date", "STRICT-ML-2", "1.5", "granted");
        licence(cases, "null for date", "STRICT-ML-3", "null", "granted");
        cases.add(new Case("licence: string for capacity", "/api/v1/licences", licence("STRICT-ML-4", "\"2024-01-01\"")
                .replace("\"annualCapacityTonnes\":100", "\"annualCapacityTonnes\":\"100\""), "minerals[0].annualCapacityTonnes",
                "/api/v1/licences/STRICT-ML-4"));
        cases.add(new Case("licence: boolean for holder", "/api/v1/licences", licence("STRICT-ML-5", "\"2024-01-01\"")
                .replace("\"holder\":\"strict-holder\"", "\"holder\":true"), "holder", "/api/v1/licences/STRICT-ML-5"));
        cases.add(new Case("licence: repeated number", "/api/v1/licences", licence("STRICT-ML-6", "\"2024-01-01\"")
                .replace("{\"number\":\"STRICT-ML-6\"", "{\"number\":\"STRICT-ML-6\",\"number\":\"STRICT-ML-7\""), "number",
                "/api/v1/licences/STRICT-ML-7"));
        transition(cases, "number for action", "{\"action\":1}", "action");
        transition(cases, "boolean for note", "{\"action\":\"suspend\",\"note\":true}", "note");
        transition(cases, "repeated action", "{\"action\":\"revoke\",\"action\":\"suspend\"}", "action");
        key(cases, "number for role", "{\"role\":1}", "role");
        key(cases, "boolean for role", "{\"role\":true}", "role");
        key(cases, "null for role", "{\"role\":null}", "role");
        key(cases, "repeated role", "{\"role\":\"operator\",\"role\":\"admin\"}", "role");
        key(cases, "array for role", "{\"role\":[\"admin\"]}", "role");
        alert(cases, "number for to", "{\"to\":3}", "to");
        alert(cases, "object for finding", "{\"to\":\"resolved\",\"finding\":{}}", "finding");
        alert(cases, "repeated to", "{\"to\":\"dismissed\",\"to\":\"resolved\"}", "to");
        cases.add(new Case("event: repeated mass", "/api/v1/events", "{\"eventId\":\"strict-e1\",\"type\":\"lost\",\"time\":\"2025-09-01T10:00:00+05:00\","
                + "\"lot\":\"STRICT-L\",\"massKg\":\"1\",\"reason\":\"spill\",\"massKg\":\"1000\"}", "massKg", "/api/v1/events/strict-e1"));
        cases.add(new Case("event batch: repeated events", "/api/v1/events", "{\"events\":[],\"events\":[]}", "events", null));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithTheFieldNamedAndStoresNothing(Case c) {
        long keys = jdbc.sql("select count(*) from api_key").query(Long.class).single();
        Reply reply = api.post(c.path(), admin, c.body());
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("field").asString()).as(reply.body()).isEqualTo(c.field());
        if (c.readBack() != null) {
            assertThat(api.get(c.readBack(), admin).status()).as("read back " + c.readBack()).isEqualTo(404);
        }
        assertThat(jdbc.sql("select count(*) from api_key").query(Long.class).single()).as("keys issued").isEqualTo(keys);
        assertThat(api.get("/api/v1/licences/STRICT-ML-0", admin).json().get("status").asString()).isEqualTo("active");
    }

    private static void party(List<Case> cases, String name, String body, String field, String id) {
        cases.add(new Case("party: " + name, "/api/v1/parties", body, field, "/api/v1/parties/" + id));
    }

    private static void site(List<Case> cases, String name, String id, String lat, String operator, String field, String readBack) {
        cases.add(new Case("site: " + name, "/api/v1/sites", "{\"id\":" + id + ",\"name\":\"S\",\"kind\":\"mine\",\"lat\":" + lat
                + ",\"lon\":71.51,\"operator\":" + operator + ",\"licence\":\"STRICT-ML-0\"}", field, "/api/v1/sites/" + readBack));
    }

    private static void licence(List<Case> cases, String name, String number, String granted, String field) {
        cases.add(new Case("licence: " + name, "/api/v1/licences", licence(number, granted), field, "/api/v1/licences/" + number));
    }

    private static String licence(String number, String granted) {
        return "{\"number\":\"" + number + "\",\"type\":\"mining-lease\",\"holder\":\"strict-holder\",\"province\":\"PK-PB\","
                + "\"minerals\":[{\"mineral\":\"copper\",\"annualCapacityTonnes\":100}],\"area\":" + AREA
                + ",\"granted\":" + granted + ",\"expires\":\"2034-12-31\"}";
    }

    private static void transition(List<Case> cases, String name, String body, String field) {
        cases.add(new Case("licence transition: " + name, "/api/v1/licences/STRICT-ML-0/transitions", body, field, null));
    }

    private static void key(List<Case> cases, String name, String body, String field) {
        cases.add(new Case("key: " + name, "/api/v1/parties/strict-holder/keys", body, field, null));
    }

    private static void alert(List<Case> cases, String name, String body, String field) {
        cases.add(new Case("alert transition: " + name, "/api/v1/alerts/strict-no-alert/transitions", body, field, null));
    }

    private static void expect(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    }
}
