package org.mizan.log.assay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple oxide {@code EnOm} (one element other than oxygen) and the element grade an oxide grade stands for:
 * the oxide's fraction times the element's mass fraction in it, {@code n·A(E) / (n·A(E) + m·A(O))}, from
 * {@link AtomicWeights}. Product and quotient are taken in one exact division rounded once, half-even, to
 * {@link #SCALE} decimals, so no factor is rounded first and the node and the verifier get the same digits.
 */
public record Oxide(String formula, String element, int atoms, int oxygens) {

    /** Twelve decimals, a part per trillion: the finest grade custody keeps. */
    public static final int SCALE = 12;

    private static final Pattern PART = Pattern.compile("([A-Z][a-z]?)([0-9]{0,2})");

    public Oxide {
        if (element == null || element.equals("O") || !AtomicWeights.STANDARD.containsKey(element) || atoms < 1 || oxygens < 1) {
            throw new IllegalArgumentException("unknown formula " + quote(formula));
        }
    }

    /** Reads {@code Nd2O3}, {@code Pr6O11}, {@code Sb2O3}; throws naming why a formula is not one. */
    public static Oxide of(String formula) {
        Matcher part = PART.matcher(formula == null ? "" : formula);
        String element = null;
        int atoms = 0;
        int oxygens = 0;
        int end = 0;
        while (part.find() && part.start() == end) {
            end = part.end();
            int count = part.group(2).isEmpty() ? 1 : Integer.parseInt(part.group(2));
            if (count == 0 || !AtomicWeights.STANDARD.containsKey(part.group(1))) {
                throw new IllegalArgumentException("unknown formula " + quote(formula));
            }
            if (part.group(1).equals("O")) {
                oxygens += count;
            } else if (element == null || element.equals(part.group(1))) {
                element = part.group(1);
                atoms += count;
            } else {
                throw new IllegalArgumentException("formula " + quote(formula) + " holds more than one element other than O");
            }
        }
        if (end == 0 || end != formula.length() || element == null || oxygens == 0) {
            throw new IllegalArgumentException("unknown formula " + quote(formula) + ": an oxide is written as e.g. Nd2O3");
        }
        return new Oxide(formula, element, atoms, oxygens);
    }

    /** The element's grade in a material whose grade of this oxide is {@code oxideGrade}; trailing zeros stripped. */
    public BigDecimal elementGrade(BigDecimal oxideGrade) {
        BigDecimal element = weight(element()).multiply(BigDecimal.valueOf(atoms));
        BigDecimal whole = element.add(weight("O").multiply(BigDecimal.valueOf(oxygens)));
        BigDecimal grade = oxideGrade.multiply(element).divide(whole, SCALE, RoundingMode.HALF_EVEN);
        return grade.signum() == 0 ? BigDecimal.ZERO : grade.stripTrailingZeros();
    }

    private static BigDecimal weight(String symbol) {
        return AtomicWeights.STANDARD.get(symbol);
    }

    private static String quote(String formula) {
        return formula == null ? "null" : "\"" + formula + "\"";
    }
}
