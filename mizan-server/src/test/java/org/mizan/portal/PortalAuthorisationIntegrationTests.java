package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.HttpIntegrationTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page and form against every demo sign-in, as one table: who gets what status. Includes that
 * the Khyber Pakhtunkhwa regulator can neither see nor move a Balochistan case (the flotation run's element imbalance at Hub), and that a form sent
 * without its CSRF token changes nothing for anyone.
 */
@TestPropertySource(properties = {"mizan.demo.enabled=true", PortalDemo.OWN_CONTEXT})
class PortalAuthorisationIntegrationTests extends HttpIntegrationTest {

    /** The demo sign-ins by who they are; "anonymous" signs in as nobody. */
    private static final List<String> WHO = List.of("anonymous", "fwo", "hub-minerals", "balochistan-mmdd", "kp-mdd", "eiti-pk-msg",
            "mizan-operator");

    @Value("${mizan.data-dir}")
    Path dataDir;

    private Map<String, String> passwords;
    private String balochistanCase;

    @BeforeEach
    void demo() throws IOException {
        JsonNode signIns = JsonMapper.builder().build().readTree(Files.readString(dataDir.resolve("demo-keys.json"))).get("sign-ins");
        passwords = new LinkedHashMap<>();
        signIns.properties().forEach(e -> passwords.put(e.getKey(), e.getValue().asString()));
        String key = keyFor("balochistan-mmdd", org.mizan.security.Role.REGULATOR);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/alerts?rule=ELEMENT_IMBALANCE", key).json()
                .get("alerts").size() > 0);
        balochistanCase = api.get("/api/v1/alerts?rule=ELEMENT_IMBALANCE", key).json().get("alerts").get(0).get("id").asString();
    }

    private WebSession as(String who) {
        WebSession session = new WebSession(baseUrl());
        if (!who.equals("anonymous")) {
            assertThat(session.signIn(who, passwords.get(who)).status()).as("sign-in of " + who).isEqualTo(302);
        }
        return session;
    }

    /** 200 shown, 302 sent to sign in, 403 refused, 404 not found for this reader. */
    private static int expectedGet(String page, String who) {
        boolean anonymous = who.equals("anonymous");
        if (page.equals("/account")) {
            return anonymous ? 302 : 200;
        }
        if (page.startsWith("/admin")) {
            return anonymous ? 302 : who.equals("mizan-operator") ? 200 : 403;
        }
        if (page.equals("/console")) {
            return anonymous ? 302 : who.endsWith("mmdd") || who.equals("kp-mdd") ? 200 : 403;
        }
        if (page.startsWith("/permits/check")) {
            return 404;
        }
        if (page.startsWith("/permits/")) {
            // The short truck's dispatch: read by its sender, the plant that received it, Balochistan's regulator, the
            // auditor and the administrator; not by Khyber Pakhtunkhwa's regulator nor the public.
            return anonymous || who.equals("kp-mdd") ? 404 : 200;
        }
        if (page.startsWith("/console/alerts/")) {
            return anonymous ? 302 : who.equals("balochistan-mmdd") ? 200 : who.equals("kp-mdd") ? 404 : 403;
        }
        return 200;
    }

    @Test
    void everyPageAnswersEachRoleAsTheTableSays() {
        List<String> pages = List.of("/", "/dashboard", "/map", "/licences", "/licences/BA-ML-2022-0117", "/sites/chagai-copper-pit",
                "/verify", "/revenue", "/revenue/PK-BA", "/revenue/licence/BA-ML-2022-0117", "/economy/value-added", "/economy/resources", "/economy/reserves",
                "/contracts", "/contracts/chagai-copper-lease-2022", "/commitments", "/sign-in", "/account", "/admin/people", "/console",
                "/console/alerts/" + balochistanCase, "/permits/demo-dsp-2", "/permits/check?e=demo-dsp-2&c=AAAAAAAAAAAAAAAA");
        List<String> wrong = new ArrayList<>();
        for (String who : WHO) {
            WebSession session = as(who);
            for (String page : pages) {
                int status = session.get(page).status();
                if (status != expectedGet(page, who)) {
                    wrong.add(who + " GET " + page + ": " + status + ", expected " + expectedGet(page, who));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyTheProvincesOwnRegulatorMovesItsCaseAndOnlyWithTheFormsToken() {
        String path = "/console/alerts/" + balochistanCase;
        Map<String, String> acknowledge = Map.of("to", "acknowledged", "note", "seen");
        for (String who : WHO.stream().filter(w -> !w.equals("balochistan-mmdd")).toList()) {
            WebSession session = as(who);
            session.get("/sign-in");
            int expected = who.equals("anonymous") ? 302 : who.equals("kp-mdd") ? 404 : 403;
            assertThat(session.post(path, acknowledge).status()).as(who).isEqualTo(expected);
        }
        assertThat(caseStatus()).isEqualTo("open");

        WebSession kp = as("kp-mdd");
        assertThat(kp.get("/console").body()).doesNotContain(balochistanCase);

        WebSession regulator = as("balochistan-mmdd");
        regulator.get(path);
        assertThat(regulator.postRaw(path, acknowledge).status()).isEqualTo(403);
        assertThat(caseStatus()).isEqualTo("open");
        assertThat(regulator.post(path, Map.of("to", "resolved", "note", "no finding")).body())
                .contains("A case is resolved with a finding").contains("no finding");
        assertThat(caseStatus()).isEqualTo("open");
        WebSession.Page moved = regulator.post(path, acknowledge);
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.location()).endsWith(path + "?moved");
        assertThat(caseStatus()).isEqualTo("acknowledged");
    }

    @Test
    void anAdministratorAloneInvitesAndNotWithoutTheToken() {
        Map<String, String> invite = Map.of("username", "authz-invited", "party", "fwo", "role", "operator");
        for (String who : WHO) {
            WebSession session = as(who);
            session.get("/sign-in");
            int status = session.post("/admin/people", invite.entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue() + (who.equals("mizan-operator") ? "" : "-" + who.length())))).status();
            assertThat(status).as(who).isEqualTo(who.equals("anonymous") ? 302 : who.equals("mizan-operator") ? 200 : 403);
        }
        WebSession admin = as("mizan-operator");
        admin.get("/admin/people");
        assertThat(admin.postRaw("/admin/people", Map.of("username", "authz-forged", "party", "fwo", "role", "admin")).status())
                .isEqualTo(403);
        assertThat(admin.get("/admin/people").body()).contains("authz-invited").doesNotContain("authz-forged");
    }

    private String caseStatus() {
        return api.get("/api/v1/alerts/" + balochistanCase, keyFor("balochistan-mmdd", org.mizan.security.Role.REGULATOR)).json()
                .get("status").asString();
    }
}
