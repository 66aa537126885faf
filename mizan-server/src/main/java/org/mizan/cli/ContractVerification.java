package org.mizan.cli;

import java.io.PrintStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.disclosure.Disclosure;
import org.mizan.log.disclosure.DisclosureException;
import org.mizan.log.note.VerifierKey;

/**
 * {@code mizan verify} on a contract disclosure: the contract record and its document record are each an entry of
 * the signed log, the document record is about that contract, and the text handed out hashes to the SHA-256 the
 * log committed. A swapped or edited text fails here, whoever serves it.
 */
final class ContractVerification {

    static final String FORMAT = "mizan-contract-disclosure-v1";

    private ContractVerification() {
    }

    static boolean isContractDisclosure(Map<?, ?> document) {
        return FORMAT.equals(document.get("format"));
    }

    static int print(Map<?, ?> document, VerifierKey key, PrintStream out) {
        try {
            Map<?, ?> contract = value(map(document, "contract"));
            String id = String.valueOf(contract.get("id"));
            Checkpoint signed = Disclosure.fromJson(map(document, "contract")).verify(key);
            if (!(document.get("document") instanceof Map<?, ?> doc)) {
                out.println("OK: contract " + id + " is an entry of log " + signed.origin() + " (size " + signed.size()
                        + "); no text is registered");
                return 0;
            }
            Disclosure.fromJson(doc).verify(key);
            Map<?, ?> record = value(doc);
            if (!id.equals(record.get("contract"))) {
                return fail(out, "the document record is about contract " + record.get("contract") + ", not " + id);
            }
            if (!(document.get("text") instanceof String text)) {
                out.println("OK: contract " + id + " and the SHA-256 of its text (" + record.get("sha256") + ") are entries of log "
                        + signed.origin() + "; the text itself is not disclosed, so only its hash is checked");
                return 0;
            }
            String actual = sha256(Base64.getDecoder().decode(text));
            if (!actual.equals(record.get("sha256"))) {
                return fail(out, "the text's SHA-256 is " + actual + ", not the " + record.get("sha256")
                        + " the log committed for contract " + id + ": the text was changed after it was registered");
            }
            out.println("OK: the text of contract " + id + " (SHA-256 " + actual + ") is the one committed to log " + signed.origin()
                    + " in the checkpoint of size " + signed.size() + " signed by " + key.name());
            return 0;
        } catch (DisclosureException | IllegalArgumentException e) {
            return fail(out, e.getMessage());
        }
    }

    private static int fail(PrintStream out, String why) {
        out.println("FAILED: " + why);
        return 1;
    }

    private static Map<?, ?> map(Map<?, ?> document, String field) {
        if (!(document.get(field) instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the disclosure has no " + field + " object");
        }
        return map;
    }

    /** The typed record inside a committed body {@code {"record": kind, "value": ...}}. */
    private static Map<?, ?> value(Map<?, ?> opened) {
        return map(map(opened, "event"), "value");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
