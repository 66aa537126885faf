package org.mizan.custody.book;

import java.math.BigDecimal;
import java.util.Objects;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;

/**
 * A grade above what a material's chemistry allows is physically impossible, not a red flag: Nd2O3
 * holds at most 85.74 % Nd, whatever the assay says. The catalogue knows a formula only for pure
 * compounds (oxides, refined metals), so only those are capped, and only in their primary element;
 * ores, concentrates and mixtures are bounded by 100 % alone. The tolerance
 * ({@code mizan.custody.grade-tolerance}, absolute) allows for assay error; see ADR 0011.
 */
public final class StoichiometricGradePolicy {

    /** Half a percentage point: the reproducibility of an accredited assay of a major element. */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.005");
    private static final BigDecimal MAX_TOLERANCE = new BigDecimal("0.05");

    private final Catalogue catalogue;
    private final BigDecimal tolerance;

    public StoichiometricGradePolicy(Catalogue catalogue, BigDecimal tolerance) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        if (tolerance == null || tolerance.signum() < 0 || tolerance.compareTo(MAX_TOLERANCE) > 0) {
            throw new IllegalArgumentException("mizan.custody.grade-tolerance must be between 0 and " + MAX_TOLERANCE + ", got " + tolerance);
        }
        this.tolerance = tolerance;
    }

    /** Throws {@link CustodyViolation} when a grade of {@code material} exceeds its formula's share, plus the tolerance. */
    void check(String lot, String material, Grades grades) {
        catalogue.primaryElement(material).ifPresent(element -> catalogue.stoichiometricMaximum(material).ifPresent(maximum ->
                grades.grade(element).filter(grade -> grade.fraction().compareTo(maximum.add(tolerance)) > 0)
                        .ifPresent(grade -> refuse(lot, material, element, grade, maximum))));
    }

    private void refuse(String lot, String material, ElementSymbol element, Grade grade, BigDecimal maximum) {
        throw new CustodyViolation(CustodyRule.GRADE_ABOVE_STOICHIOMETRY, "lot " + lot + " of " + material + " is graded " + grade
                + " " + element + ", but the pure compound holds at most " + maximum.stripTrailingZeros().toPlainString()
                + " (tolerance " + tolerance.toPlainString() + ")");
    }
}
