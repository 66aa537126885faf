package org.mizan.custody;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Mass;
import org.mizan.custody.book.OriginVector;

/** One element's contained mass into and out of a process, and whether the output exceeds what the policy allows. */
public record ElementBalance(ElementSymbol element, Mass input, Mass output, boolean breached) {

    public ElementBalance {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
    }

    /** Output beyond input, zero if none. */
    public Mass surplus() {
        return output.isGreaterThan(input) ? output.minus(input) : Mass.ZERO;
    }

    /**
     * The fraction of the output that no input explains, when the balance is breached; zero otherwise.
     * The whole surplus counts, not only the part above the tolerance: the tolerance forgives assay
     * noise in the flag, it does not make unrecorded feed attributable to the recorded inputs.
     */
    public BigDecimal unexplainedFraction() {
        if (!breached) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(surplus().grams())
                .divide(BigDecimal.valueOf(output.grams()), OriginVector.SCALE, RoundingMode.HALF_EVEN);
    }

    /** Why this balance is a red flag, if it is. */
    public Optional<String> reason() {
        if (!breached) {
            return Optional.empty();
        }
        return Optional.of("output of " + output + " " + element + " exceeds input of " + input + " by " + surplus());
    }
}
