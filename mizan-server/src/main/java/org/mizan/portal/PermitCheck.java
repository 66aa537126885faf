package org.mizan.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.mizan.custody.CommittedDispatch;
import org.mizan.custody.Custody;
import org.mizan.custody.TransitPermit;
import org.mizan.ledger.Ledger;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.disclosure.Disclosure;
import org.mizan.log.disclosure.DisclosureException;
import org.springframework.stereotype.Component;

/**
 * Whether a transit permit is genuine: the dispatch it names exists, the check code matches it, and the event as
 * recorded is an entry of the transparency log, its inclusion proof verifying against the latest signed
 * checkpoint with the log's own key. The proof is checked by {@link Disclosure#verify}, the code {@code mizan
 * verify} runs offline on a disclosed event; then the permit's window is judged against the clock.
 *
 * <p>The check code is derived from the event's secret salt, so a check link cannot be made up from an event id
 * alone (ids are chosen by their senders and easily guessed): only the node, the parties that may read the event
 * and the holders of a passport that discloses it can make one. An unknown id, a changed id and a wrong code are
 * answered alike: not a genuine permit.
 */
@Component
class PermitCheck {

    /** What the check found. */
    enum Verdict {
        /** The dispatch is recorded and its log entry proves against the latest signed checkpoint. */
        GENUINE,
        /** The dispatch is recorded but the log has not yet signed a checkpoint that holds it. */
        NOT_YET_LOGGED,
        /** The dispatch is recorded but its record does not prove against the log: not to be trusted. */
        NOT_PROVEN
    }

    /** Where the permit's window stands at the moment of the check. */
    enum Window {
        NOT_YET_VALID, VALID, EXPIRED
    }

    record Result(Verdict verdict, CommittedDispatch dispatch, Window window, OffsetDateTime checkedAt, Long index, Long treeSize,
            String log) {

        boolean genuine() {
            return verdict == Verdict.GENUINE;
        }
    }

    private static final byte[] DOMAIN = "mizan-permit-check/v1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CODE_BYTES = 12;

    private final Custody custody;
    private final Ledger ledger;
    private final Clock clock;

    PermitCheck(Custody custody, Ledger ledger, Clock clock) {
        this.custody = custody;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The check code of a dispatch: a short hash of its salt, base64url without padding (16 characters). */
    static String code(CommittedDispatch dispatch) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(codeBytes(dispatch));
    }

    private static byte[] codeBytes(CommittedDispatch dispatch) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(DOMAIN);
            sha.update(dispatch.salt());
            return Arrays.copyOf(sha.digest(), CODE_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** The check of the dispatch {@code eventId} with check code {@code code}; empty when it is not a genuine permit. */
    Optional<Result> check(String eventId, String code) {
        Optional<CommittedDispatch> found = custody.dispatch(eventId).filter(d -> matches(d, code));
        return found.map(this::check);
    }

    private static boolean matches(CommittedDispatch dispatch, String code) {
        if (code == null || code.isEmpty() || code.length() > 64) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(code);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(given, codeBytes(dispatch));
    }

    /** The check of a dispatch already found (the printable permit shows it too). */
    Result check(CommittedDispatch dispatch) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Window window = window(dispatch.event().permit(), now);
        Long index = dispatch.logIndex();
        Optional<Ledger.SignedCheckpoint> latest = ledger.latestCheckpoint();
        if (index == null || latest.isEmpty() || latest.get().size() <= index) {
            return new Result(Verdict.NOT_YET_LOGGED, dispatch, window, now, index, latest.map(Ledger.SignedCheckpoint::size).orElse(null),
                    ledger.origin());
        }
        Ledger.SignedCheckpoint checkpoint = latest.get();
        Optional<Disclosure> disclosure = custody.disclosure(dispatch, ledger.inclusionProof(index, checkpoint.size()), checkpoint.note());
        if (disclosure.isEmpty()) {
            return new Result(Verdict.NOT_YET_LOGGED, dispatch, window, now, index, checkpoint.size(), ledger.origin());
        }
        try {
            Checkpoint verified = disclosure.get().verify(ledger.verifierKey());
            return new Result(Verdict.GENUINE, dispatch, window, now, index, verified.size(), verified.origin());
        } catch (DisclosureException notProven) {
            return new Result(Verdict.NOT_PROVEN, dispatch, window, now, index, checkpoint.size(), ledger.origin());
        }
    }

    static Window window(TransitPermit permit, OffsetDateTime now) {
        if (now.isBefore(permit.validFrom())) {
            return Window.NOT_YET_VALID;
        }
        return now.isAfter(permit.validUntil()) ? Window.EXPIRED : Window.VALID;
    }
}
