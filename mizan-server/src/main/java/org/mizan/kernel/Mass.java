package org.mizan.kernel;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A mass in whole grams, serialised as a decimal-kilogram string like the API's {@code massKg} fields. Integer grams make every sum exact, so the books balance to the gram and
 * two replicas of the log compute the same figures.
 */
public record Mass(long grams) implements Comparable<Mass> {

    /** One gigatonne: above any real lot or national yearly total, far enough below {@code Long.MAX_VALUE} that sums stay exact. */
    public static final long MAX_GRAMS = 1_000_000_000_000_000L;

    public static final Mass ZERO = new Mass(0);

    // Plain decimal kilograms, at most 3 decimals (= whole grams); no sign, no exponent, no grouping.
    private static final Pattern KILOGRAMS = Pattern.compile("[0-9]{1,16}(\\.[0-9]{1,3})?");

    public Mass {
        if (grams < 0) {
            throw new IllegalArgumentException("mass cannot be negative: " + grams + " g");
        }
        if (grams > MAX_GRAMS) {
            throw new IllegalArgumentException("mass above the sane maximum of " + MAX_GRAMS + " g: " + grams + " g");
        }
    }

    public static Mass ofGrams(long grams) {
        return new Mass(grams);
    }

    /** Parses decimal kilograms exactly; rejects anything finer than a gram rather than rounding it away. */
    public static Mass ofKilograms(String decimal) {
        if (decimal == null || !KILOGRAMS.matcher(decimal).matches()) {
            throw new IllegalArgumentException("not a plain decimal kilogram figure with at most 3 decimals: " + decimal);
        }
        BigDecimal grams = new BigDecimal(decimal).movePointRight(3);
        if (grams.compareTo(BigDecimal.valueOf(MAX_GRAMS)) > 0) {
            throw new IllegalArgumentException("mass above the sane maximum of " + MAX_GRAMS + " g: " + decimal + " kg");
        }
        return new Mass(grams.longValueExact());
    }

    /** The shortest plain decimal kilogram string that {@link #ofKilograms(String)} reads back to this mass. */
    @JsonValue
    public String toKilogramsString() {
        return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString();
    }

    public Mass plus(Mass other) {
        return new Mass(Math.addExact(grams, other.grams));
    }

    /** Subtracts, refusing to go below zero: a negative mass is always a bookkeeping error. */
    public Mass minus(Mass other) {
        if (other.grams > grams) {
            throw new IllegalArgumentException("cannot take " + other + " from " + this);
        }
        return new Mass(grams - other.grams);
    }

    public boolean isZero() {
        return grams == 0;
    }

    public boolean isGreaterThan(Mass other) {
        return grams > other.grams;
    }

    public boolean isLessThan(Mass other) {
        return grams < other.grams;
    }

    @Override
    public int compareTo(Mass other) {
        return Long.compare(grams, other.grams);
    }

    @Override
    public String toString() {
        return toKilogramsString() + " kg";
    }
}
