package org.mizan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SecurityIntegrationTests extends HttpIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorIssuesAKeyThatWorksAndIsStoredOnlyAsAHash() {
        String admin = adminKey();
        Reply issued = api.post("/api/v1/parties/mizan-operator/keys", admin, "{\"role\":\"auditor\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String key = issued.json().get("key").asString();
        String keyId = issued.json().get("keyId").asString();
        assertThat(key).startsWith("mzn_" + keyId + "_");

        List<byte[]> stored = jdbc.sql("select secret_sha256 from api_key where id = ?").param(keyId).query(byte[].class).list();
        assertThat(stored).hasSize(1);
        // The secret is base64url and may itself contain '_': it is everything after the key id.
        String secret = key.substring(("mzn_" + keyId + "_").length());
        assertThat(secret).hasSize(43);
        assertThat(new String(stored.get(0), StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(stored.get(0)).hasSize(32);
        Integer plainCopies = jdbc.sql("""
                select count(*) from api_key
                where position(convert_to(?, 'UTF8') in secret_sha256) > 0 or id = ? and secret_sha256 = convert_to(?, 'UTF8')""")
                .params(secret, keyId, secret).query(Integer.class).single();
        assertThat(plainCopies).isZero();

        Reply asAuditor = api.post("/api/v1/parties", key, Api.json(Map.of("id", "st-x", "name", "X", "kind", "company", "country", "PK")));
        assertThat(asAuditor.status()).as("an auditor reads, it does not register").isEqualTo(403);
    }

    @Test
    void aRevokedKeyIsRefused() {
        String admin = adminKey();
        Reply issued = api.post("/api/v1/parties/mizan-operator/keys", admin, "{\"role\":\"admin\"}");
        String key = issued.json().get("key").asString();
        assertThat(api.post("/api/v1/parties/mizan-operator/keys", key, "{\"role\":\"auditor\"}").status()).isEqualTo(201);
        assertThat(api.delete("/api/v1/keys/" + issued.json().get("keyId").asString(), admin).status()).isEqualTo(204);
        Reply after = api.post("/api/v1/parties/mizan-operator/keys", key, "{\"role\":\"auditor\"}");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.type()).isEqualTo("/problems/invalid-key");
    }

    @Test
    void onlyAdministratorsIssueKeysAndOnlyForKnownPartiesAndRoles() {
        String admin = adminKey();
        String regulator = keyFor("mizan-operator", Role.REGULATOR);
        Reply byRegulator = api.post("/api/v1/parties/mizan-operator/keys", regulator, "{\"role\":\"admin\"}");
        assertThat(byRegulator.status()).isEqualTo(403);
        assertThat(byRegulator.contentType()).startsWith("application/problem+json");
        Reply unknownParty = api.post("/api/v1/parties/no-such-party/keys", admin, "{\"role\":\"operator\"}");
        assertThat(unknownParty.status()).isEqualTo(404);
        assertThat(unknownParty.type()).isEqualTo("/problems/unknown-party");
        Reply unknownRole = api.post("/api/v1/parties/mizan-operator/keys", admin, "{\"role\":\"king\"}");
        assertThat(unknownRole.status()).isEqualTo(422);
        assertThat(unknownRole.type()).isEqualTo("/problems/unknown-role");
        Reply anonymous = api.post("/api/v1/parties/mizan-operator/keys", null, "{\"role\":\"admin\"}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.type()).isEqualTo("/problems/unauthenticated");
    }

    @Test
    void registryReadsArePublic() {
        assertThat(api.get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/licences").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/catalogue").status()).isEqualTo(200);
    }
}
