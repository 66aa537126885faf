package org.mizan.passport;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What passports need from the fiscal module: the royalty assessments of a chain's lots, each as the log
 * committed it, with its salt and log index so that the passport can prove it. The fiscal module provides
 * the bean; without it a passport says royalties are not assessed.
 */
public interface ChainRoyalties {

    /** One assessment: its id, the lot it assesses, its log index and salt, and the record as committed (a plain JSON tree). */
    record CommittedAssessment(String id, String lot, long logIndex, byte[] salt, Map<String, Object> committed) {

        public CommittedAssessment {
            committed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(committed));
        }
    }

    List<CommittedAssessment> assessmentsOf(Collection<String> lots);
}
