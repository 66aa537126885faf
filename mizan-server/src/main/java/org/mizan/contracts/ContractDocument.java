package org.mizan.contracts;

import java.util.regex.Pattern;

import org.mizan.kernel.Rejection;

/** A version of a contract's text, by the SHA-256 of its bytes: what the log commits in place of the text. */
public record ContractDocument(String contract, int version, String sha256, String mediaType, long bytes) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ContractDocument {
        if (sha256 == null || !HEX.matcher(sha256).matches()) {
            throw Rejection.invalid("invalid-sha256", "A document hash is 64 lowercase hex digits");
        }
        if (version < 1 || bytes < 1 || mediaType == null) {
            throw Rejection.invalid("invalid-document", "A document has a version from 1, a media type and at least one byte");
        }
    }
}
