package org.mizan.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.Replies.ok;
import static org.mizan.Replies.problem;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The delegation register over HTTP: a principal grants and revokes, over its own key, the right of a hub to
 * report its custody events; nobody else does but an administrator; the register is read by the principal, the
 * state's bodies and, for the grants that name it, the hub.
 */
// The context of the delegated-batch tests, not one of its own; the run's own parties keep listings exact.
@TestPropertySource(properties = {"mizan.demo.enabled=true", "mizan.test.isolation=adjusted"})
class DelegationIntegrationTests extends HttpIntegrationTest {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private String principal;
    private String principalKey;

    @BeforeEach
    void principalOfItsOwn() {
        principal = "dlg-" + RUN + "-principal-" + Long.toString(System.nanoTime(), 36);
        register(principal);
        principalKey = keyFor(principal, Role.OPERATOR);
    }

    @Test
    void thePrincipalGrantsAndAGrantInForceIsGrantedAgainUnchanged() {
        String hub = register(principal + "-hub");
        Reply granted = grant(principalKey, principal, Map.of("hub", hub));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        JsonNode grant = granted.json();
        assertThat(grant.get("principal").asString()).isEqualTo(principal);
        assertThat(grant.get("hub").asString()).isEqualTo(hub);
        assertThat(grant.get("grantedBy").asString()).isEqualTo(principal);
        assertThat(grant.get("active").asBoolean()).isTrue();
        assertThat(grant.get("revokedAt").isNull()).isTrue();

        Reply again = grant(principalKey, principal, Map.of("hub", hub));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("grantedAt").asString()).isEqualTo(grant.get("grantedAt").asString());
        assertThat(ok(api.get(delegations(principal), principalKey)).findValuesAsString("hub")).containsExactly(hub);
    }

    @Test
    void anAdministratorGrantsForThePrincipalAndOthersAreRefused() {
        String hub = register(principal + "-hub");
        String stranger = keyFor("karachi-assay-lab", Role.OPERATOR);
        problem(grant(stranger, principal, Map.of("hub", hub)), 403, "forbidden");
        // Not even the hub grants itself the right.
        problem(grant(keyFor(hub, Role.OPERATOR), principal, Map.of("hub", hub)), 403, "forbidden");
        problem(grant(keyFor(principal, Role.AUDITOR), principal, Map.of("hub", hub)), 403, "forbidden");
        assertThat(ok(api.get(delegations(principal), principalKey))).isEmpty();

        Reply byAdmin = grant(adminKey(), principal, Map.of("hub", hub));
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(201);
        assertThat(byAdmin.json().get("grantedBy").asString()).isEqualTo("mizan-operator");
        problem(api.delete(delegations(principal) + "/" + hub, stranger), 403, "forbidden");
        assertThat(ok(api.get(delegations(principal), principalKey)).get(0).get("active").asBoolean()).isTrue();
    }

    @Test
    void unknownPartiesAndSelfDelegationAreRefused() {
        problem(grant(adminKey(), "dlg-" + RUN + "-nobody", Map.of("hub", "fwo")), 404, "unknown-party");
        Reply unknownHub = problem(grant(principalKey, principal, Map.of("hub", "dlg-" + RUN + "-nobody")), 422, "unknown-party");
        assertThat(unknownHub.json().get("field").asString()).isEqualTo("hub");
        Reply self = problem(grant(principalKey, principal, Map.of("hub", principal)), 422, "self-delegation");
        assertThat(self.json().get("field").asString()).isEqualTo("hub");
        problem(api.get(delegations("dlg-" + RUN + "-nobody"), adminKey()), 404, "unknown-party");
        assertThat(ok(api.get(delegations(principal), principalKey))).isEmpty();
    }

    @Test
    void aMalformedGrantIsA400NamingTheField() {
        String hub = register(principal + "-hub");
        Reply number = problem(grant(principalKey, principal, Map.of("hub", 5)), 400, "wrong-type");
        assertThat(number.json().get("field").asString()).isEqualTo("hub");
        Reply extra = problem(grant(principalKey, principal, Map.of("hub", hub, "until", "2026-01-01")), 400, "unknown-field");
        assertThat(extra.json().get("field").asString()).isEqualTo("until");
        Reply missing = problem(grant(principalKey, principal, Map.of()), 400, "missing-field");
        assertThat(missing.json().get("field").asString()).isEqualTo("hub");
        assertThat(ok(api.get(delegations(principal), principalKey))).isEmpty();
    }

    @Test
    void aRevocationEndsTheGrantOnceAndKeepsItInTheHistory() {
        String hub = register(principal + "-hub");
        assertThat(grant(principalKey, principal, Map.of("hub", hub)).status()).isEqualTo(201);
        Reply revoked = api.delete(delegations(principal) + "/" + hub, principalKey);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);
        problem(api.delete(delegations(principal) + "/" + hub, principalKey), 404, "unknown-delegation");

        JsonNode history = ok(api.get(delegations(principal), principalKey));
        assertThat(history.findValuesAsString("hub")).containsExactly(hub);
        assertThat(history.get(0).get("active").asBoolean()).isFalse();
        assertThat(history.get(0).get("revokedBy").asString()).isEqualTo(principal);
        assertThat(history.get(0).get("revokedAt").asString()).isNotBlank();

        // A new grant after the end is a new one, beside the ended one.
        assertThat(grant(principalKey, principal, Map.of("hub", hub)).status()).isEqualTo(201);
        JsonNode both = ok(api.get(delegations(principal), principalKey));
        assertThat(both.findValuesAsString("hub")).containsExactly(hub, hub);
        assertThat(both.get(1).get("active").asBoolean()).isTrue();
    }

    @Test
    void theRegisterIsReadByThePrincipalTheStatesBodiesAndEachHubForItsOwnGrants() {
        String first = register(principal + "-hub-a");
        String second = register(principal + "-hub-b");
        grant(principalKey, principal, Map.of("hub", first));
        grant(principalKey, principal, Map.of("hub", second));

        assertThat(ok(api.get(delegations(principal), principalKey)).findValuesAsString("hub")).containsExactly(first, second);
        assertThat(ok(api.get(delegations(principal), keyFor("balochistan-mmdd", Role.REGULATOR))).findValuesAsString("hub"))
                .containsExactly(first, second);
        assertThat(ok(api.get(delegations(principal), keyFor("eiti-pk-msg", Role.AUDITOR))).findValuesAsString("hub"))
                .containsExactly(first, second);
        assertThat(ok(api.get(delegations(principal), keyFor(second, Role.OPERATOR))).findValuesAsString("hub")).containsExactly(second);
        problem(api.get(delegations(principal), keyFor("karachi-assay-lab", Role.OPERATOR)), 403, "forbidden");
        problem(api.get(delegations(principal)), 401, "unauthenticated");
    }

    private String register(String id) {
        Reply registered = api.post("/api/v1/parties", adminKey(), Api.json(Map.of("id", id, "name", "Party " + id, "kind", "company",
                "country", "PK")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return id;
    }

    private Reply grant(String key, String principal, Map<String, Object> body) {
        return api.post(delegations(principal), key, Api.json(body));
    }

    private static String delegations(String principal) {
        return "/api/v1/parties/" + principal + "/delegations";
    }
}
