package org.mizan.contracts;

import java.time.LocalDate;
import java.util.Optional;

import org.mizan.kernel.Codes;
import org.mizan.kernel.Rejection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How much of a contract the public reads: all of it; a summary beside the hash of the full text (so that a
 * later release of the text can be checked against what was registered); or nothing until a date.
 */
public record Disclosure(Level level, Optional<LocalDate> until, Optional<String> summary) {

    public enum Level {
        PUBLIC, REDACTED, CONFIDENTIAL;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }

        @JsonCreator
        public static Level of(String code) {
            return Codes.parse(Level.class, code, "disclosure-level");
        }
    }

    public Disclosure {
        if (level == null) {
            throw Rejection.invalid("missing-field", "disclosure.level is one of public, redacted, confidential");
        }
        until = until == null ? Optional.empty() : until;
        summary = summary == null ? Optional.empty() : summary.map(s -> Text.required(s, "disclosure.summary", 4000));
        if (level == Level.CONFIDENTIAL && until.isEmpty()) {
            throw Rejection.invalid("missing-field", "A confidential contract names the date it becomes public (disclosure.until)");
        }
        if (level == Level.REDACTED && summary.isEmpty()) {
            throw Rejection.invalid("missing-field", "A redacted contract carries a public summary (disclosure.summary)");
        }
        if (level != Level.CONFIDENTIAL && until.isPresent()) {
            throw Rejection.invalid("invalid-disclosure", "Only a confidential contract has an until date");
        }
    }

    /** Whether the full text may be served on {@code day}: public, or confidential and the day has come. */
    public boolean textIsPublicOn(LocalDate day) {
        return level == Level.PUBLIC || (level == Level.CONFIDENTIAL && !day.isBefore(until.orElseThrow()));
    }
}
