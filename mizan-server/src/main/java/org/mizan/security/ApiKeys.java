package org.mizan.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues and checks API keys. A key reads {@code mzn_<id>_<secret>}; only SHA-256 of the secret is
 * stored. A salted slow hash buys nothing here: the secret is 256 random bits, not a password.
 */
@Component
public class ApiKeys {

    private static final Pattern TOKEN = Pattern.compile("mzn_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");

    private final JdbcClient jdbc;
    private final KnownParties parties;
    private final SecureRandom random;
    private final Clock clock;

    ApiKeys(JdbcClient jdbc, KnownParties parties, SecureRandom keyRandom, Clock clock) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.random = keyRandom;
        this.clock = clock;
    }

    public IssuedKey issue(PartyId party, Role role) {
        if (!parties.exists(party)) {
            throw Rejection.notFound("unknown-party", "No party " + Rejection.quote(party.value()) + " is registered");
        }
        String keyId = HexFormat.of().formatHex(bytes(6));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        jdbc.sql("insert into api_key (id, party_id, role, secret_sha256, created_at) values (?, ?, ?, ?, ?)")
                .params(keyId, party.value(), role.code(), sha256(secret), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
        return new IssuedKey(keyId, party, role, "mzn_" + keyId + "_" + secret);
    }

    /** The actor a bearer token speaks for, if it is a live key. */
    public Optional<Actor> authenticate(String token) {
        Matcher m = token == null ? null : TOKEN.matcher(token);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        byte[] presented = sha256(m.group(2));
        return jdbc.sql("select party_id, role, secret_sha256 from api_key where id = ? and revoked_at is null")
                .param(m.group(1))
                .query((rs, i) -> MessageDigest.isEqual(presented, rs.getBytes("secret_sha256"))
                        ? new Actor(new PartyId(rs.getString("party_id")), Role.of(rs.getString("role")))
                        : null)
                .optional();
    }

    public boolean anyLiveKeyWithRole(Role role) {
        return jdbc.sql("select exists (select 1 from api_key where role = ? and revoked_at is null)")
                .param(role.code()).query(Boolean.class).single();
    }

    public void revoke(String keyId) {
        int changed = jdbc.sql("update api_key set revoked_at = ? where id = ? and revoked_at is null")
                .params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), keyId).update();
        if (changed == 0) {
            throw Rejection.notFound("unknown-key", "No live key " + Rejection.quote(keyId));
        }
    }

    private byte[] bytes(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    private static byte[] sha256(String secret) {
        return Tokens.sha256(secret);
    }
}
