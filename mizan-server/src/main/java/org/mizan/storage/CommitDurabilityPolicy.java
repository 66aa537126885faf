package org.mizan.storage;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a PostgreSQL server makes a commit durable before it acknowledges it, judged from its
 * {@code fsync} and {@code synchronous_commit} settings. With {@code fsync=off} a host crash or power
 * cut can lose or corrupt committed data; with {@code synchronous_commit=off} the commit is answered
 * before its WAL is written, so even killing the server's processes loses it. Mizan acknowledges an
 * event only after its commit, so either setting would make "acknowledged" mean nothing.
 */
record CommitDurabilityPolicy(String fsync, String synchronousCommit) {

    CommitDurabilityPolicy {
        if (fsync == null || synchronousCommit == null) {
            throw new IllegalArgumentException("both settings are needed");
        }
    }

    /** Why an acknowledged commit would not be durable on this server, or empty if it would be. */
    Optional<String> refusal() {
        if (!"on".equals(fsync.toLowerCase(Locale.ROOT))) {
            return Optional.of("the server runs with fsync=" + fsync + ", so a host crash or power cut can lose committed "
                    + "events; set fsync = on in postgresql.conf");
        }
        if ("off".equals(synchronousCommit.toLowerCase(Locale.ROOT))) {
            return Optional.of("the session runs with synchronous_commit=off, so a commit is acknowledged before its WAL "
                    + "is written; set synchronous_commit = on (or local, remote_write, remote_apply) for the server, "
                    + "the database or Mizan's role");
        }
        return Optional.empty();
    }
}
