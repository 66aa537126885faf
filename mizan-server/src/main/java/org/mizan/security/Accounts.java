package org.mizan.security;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's accounts: invited by an administrator, activated by choosing a password, checked at
 * sign-in with BCrypt and locked for a while after repeated failures. Machines keep using API keys.
 */
@Component
public class Accounts {

    static final Duration INVITATION_VALID = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final KnownParties parties;
    private final SecureRandom random;
    private final Clock clock;
    private final BCryptPasswordEncoder bcrypt;
    private final LockoutPolicy lockout;
    /** Compared against when the name is unknown, so that a miss costs as long as a wrong password. */
    private final String decoy;

    Accounts(JdbcClient jdbc, KnownParties parties, SecureRandom keyRandom, Clock clock,
            @Value("${mizan.security.bcrypt-strength:12}") int strength,
            @Value("${mizan.security.lockout-attempts:5}") int attempts,
            @Value("${mizan.security.lockout-duration:PT15M}") Duration lockFor) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.random = keyRandom;
        this.clock = clock;
        this.bcrypt = new BCryptPasswordEncoder(strength, keyRandom);
        this.lockout = new LockoutPolicy(attempts, lockFor);
        this.decoy = bcrypt.encode("no account has this password");
    }

    /** An administrator invites a person to speak for a party in a role; the link is valid for a week. */
    public Invitation invite(Actor by, Username username, PartyId party, Role role) {
        if (!by.is(Role.ADMIN)) {
            throw Rejection.forbidden("forbidden", "Only an administrator invites people");
        }
        requireParty(party);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        Instant until = clock.instant().plus(INVITATION_VALID);
        insert(username, party, role, null, Tokens.sha256(token), until);
        return new Invitation(username, token, until);
    }

    /** The account an invitation token opens, if it is live, for the page that asks for a password. */
    public Optional<Account> invited(String token) {
        return jdbc.sql("select * from account where invitation_sha256 = ? and invited_until > ? and password_bcrypt is null")
                .params(Tokens.sha256(token), now()).query(Accounts::account).optional();
    }

    /** The invited person chooses a password; the token is spent. */
    @Transactional
    public Account accept(String token, String password) {
        Account account = invited(token).orElseThrow(() -> Rejection.notFound("unknown-invitation",
                "This invitation is unknown, already used or expired"));
        PasswordPolicy.refusal(password, account.username()).ifPresent(code -> {
            throw Rejection.invalid(code, "The password does not meet the policy: " + code);
        });
        int changed = jdbc.sql("update account set password_bcrypt = ?, invitation_sha256 = null, invited_until = null "
                        + "where username = ? and password_bcrypt is null")
                .params(bcrypt.encode(password), account.username().value()).update();
        if (changed != 1) {
            throw Rejection.notFound("unknown-invitation", "This invitation is unknown, already used or expired");
        }
        return find(account.username()).orElseThrow();
    }

    /** An active account with a password chosen by the system, as the demo writes for each party. */
    public Account open(Username username, PartyId party, Role role, String password) {
        requireParty(party);
        PasswordPolicy.refusal(password, username).ifPresent(code -> {
            throw Rejection.invalid(code, "The password does not meet the policy: " + code);
        });
        insert(username, party, role, bcrypt.encode(password), null, null);
        return find(username).orElseThrow();
    }

    /** The actor this person signs in as, or why not; every failure counts towards the lock-out. */
    public Actor authenticate(String typedUsername, String password) {
        Optional<Account> found = parse(typedUsername).flatMap(this::find);
        Optional<String> hash = found.flatMap(a -> storedHash(a.username()));
        boolean matches = bcrypt.matches(password == null ? "" : password, hash.orElse(decoy));
        if (found.isEmpty() || hash.isEmpty()) {
            throw new SignInRefused(SignInRefused.Cause.WRONG_CREDENTIALS, Optional.empty());
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.lockedUntil().filter(now::isBefore).isPresent()) {
            throw new SignInRefused(SignInRefused.Cause.LOCKED, account.lockedUntil());
        }
        if (!matches) {
            Optional<Instant> lockedUntil = recordFailure(account.username(), now);
            throw new SignInRefused(lockedUntil.isPresent() ? SignInRefused.Cause.LOCKED : SignInRefused.Cause.WRONG_CREDENTIALS,
                    lockedUntil);
        }
        jdbc.sql("update account set failed_attempts = 0, locked_until = null where username = ?")
                .param(account.username().value()).update();
        return account.actor();
    }

    public Optional<Account> find(Username username) {
        return jdbc.sql("select * from account where username = ?").param(username.value()).query(Accounts::account).optional();
    }

    public List<Account> all() {
        return jdbc.sql("select * from account order by username").query(Accounts::account).list();
    }

    private Optional<Instant> recordFailure(Username username, Instant now) {
        int failures = jdbc.sql("update account set failed_attempts = failed_attempts + 1 where username = ? returning failed_attempts")
                .param(username.value()).query(Integer.class).single();
        Optional<Instant> until = lockout.lockAfter(failures, now);
        until.ifPresent(u -> jdbc.sql("update account set failed_attempts = 0, locked_until = ? where username = ?")
                .params(OffsetDateTime.ofInstant(u, ZoneOffset.UTC), username.value()).update());
        return until;
    }

    private Optional<String> storedHash(Username username) {
        return jdbc.sql("select password_bcrypt from account where username = ? and password_bcrypt is not null")
                .param(username.value()).query(String.class).optional();
    }

    private void insert(Username username, PartyId party, Role role, String hash, byte[] invitation, Instant invitedUntil) {
        try {
            jdbc.sql("insert into account (username, party_id, role, password_bcrypt, invitation_sha256, invited_until, created_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(username.value(), party.value(), role.code(), hash, invitation,
                            invitedUntil == null ? null : OffsetDateTime.ofInstant(invitedUntil, ZoneOffset.UTC), now())
                    .update();
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("username-taken", "The user name " + Rejection.quote(username.value()) + " is taken");
        }
    }

    private void requireParty(PartyId party) {
        if (!parties.exists(party)) {
            throw Rejection.notFound("unknown-party", "No party " + Rejection.quote(party.value()) + " is registered");
        }
    }

    private static Optional<Username> parse(String typed) {
        try {
            return Optional.of(Username.typed(typed));
        } catch (Rejection e) {
            return Optional.empty();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private byte[] bytes(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Account(new Username(rs.getString("username")), new PartyId(rs.getString("party_id")),
                Role.of(rs.getString("role")), rs.getString("password_bcrypt") != null,
                Optional.ofNullable(locked).map(OffsetDateTime::toInstant));
    }
}
