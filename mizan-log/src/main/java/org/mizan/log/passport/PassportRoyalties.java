package org.mizan.log.passport;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The royalty section: each assessment of a lot of the chain as the log committed it (with its salt, log
 * index and inclusion proof against the evidence's checkpoint), the amounts due that recompute from the
 * inputs it names, and the totals. Without assessments it says {@code "not assessed"} and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PassportRoyalties(String status, String note, List<Entry> assessments, String totalDueUsd, String totalDuePkr,
        String totalForgoneUsd) {

    public PassportRoyalties {
        assessments = assessments == null ? null : List.copyOf(assessments);
    }

    /**
     * One assessment: its id and lot, the amounts due (absent when it could not be made), a notice when its
     * rate is illustrative, and the assessment as committed with its salt, index and proof.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String assessmentId, String lot, String dueUsd, String duePkr, String notice, Long index, String salt,
            List<String> inclusionProof, Map<String, Object> assessment) {

        public Entry {
            inclusionProof = inclusionProof == null ? null : List.copyOf(inclusionProof);
        }
    }
}
