package org.mizan.oversight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

import org.mizan.kernel.LotId;

/** One lot's grade of an element as declared at extraction and as a laboratory later assayed it. */
record GradePair(LotId lot, String extractionEventId, String assayEventId, BigDecimal declared, BigDecimal assayed) {

    GradePair {
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(extractionEventId, "extraction event");
        Objects.requireNonNull(assayEventId, "assay event");
        if (declared == null || assayed == null || declared.signum() < 0 || assayed.signum() < 0) {
            throw new IllegalArgumentException("a declared and an assayed grade are fractions of at least zero");
        }
    }

    boolean assayHigher() {
        return assayed.compareTo(declared) > 0;
    }

    boolean assayLower() {
        return assayed.compareTo(declared) < 0;
    }

    /** Assayed over declared; empty when nothing was declared and the laboratory found some: more than any factor. */
    Optional<BigDecimal> ratio() {
        if (declared.signum() == 0) {
            return assayed.signum() == 0 ? Optional.of(BigDecimal.ONE) : Optional.empty();
        }
        return Optional.of(assayed.divide(declared, MathContext.DECIMAL64));
    }
}
