package org.mizan.log.passport;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Oversight's alerts touching the chain, declared by oversight, and how far its evaluation had got. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PassportAlerts(String status, String coverage, Progress progress, List<Alert> open, List<Alert> resolved) {

    public PassportAlerts {
        open = open == null ? null : List.copyOf(open);
        resolved = resolved == null ? null : List.copyOf(resolved);
    }

    /** Sequence numbers of the custody stream: evaluated through, committed through, and records set aside. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(Long evaluatedThrough, Long committedThrough, Long setAside) {
    }

    /** An alert as oversight states it; a field it leaves empty is written as null. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Alert(String id, String rule, String severity, String status, String finding, String raisedAt, String explanation) {
    }
}
