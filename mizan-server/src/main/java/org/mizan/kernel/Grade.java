package org.mizan.kernel;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The mass fraction of one element in a material, 0 to 1. Stored without trailing zeros so that
 * 0.25 and 0.250 are the same grade (BigDecimal equality is scale-sensitive).
 */
public record Grade(BigDecimal fraction) implements Comparable<Grade> {

    /** Twelve decimals is a part per trillion, far finer than any laboratory reports. */
    public static final int MAX_SCALE = 12;

    private static final Pattern PLAIN = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,18})?");

    public Grade {
        if (fraction == null) {
            throw new IllegalArgumentException("grade fraction is missing");
        }
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("grade must be between 0 and 1: " + fraction);
        }
        fraction = fraction.signum() == 0 ? BigDecimal.ZERO : fraction.stripTrailingZeros();
        if (fraction.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("grade finer than " + MAX_SCALE + " decimals: " + fraction);
        }
    }

    /** Parses a plain decimal fraction: no exponent, so no value can ask for a billion digits when printed. */
    public static Grade of(String fraction) {
        if (fraction == null || !PLAIN.matcher(fraction).matches()) {
            throw new IllegalArgumentException("a grade is a plain decimal mass fraction, e.g. \"0.28\", got " + Rejection.quote(fraction));
        }
        return new Grade(new BigDecimal(fraction));
    }

    @Override
    public int compareTo(Grade other) {
        return fraction.compareTo(other.fraction);
    }

    @Override
    public String toString() {
        return fraction.toPlainString();
    }

    /** Serialised as a plain decimal string, so no precision is lost to binary floating point. */
    @JsonValue
    public String asText() {
        return fraction.toPlainString();
    }

}
