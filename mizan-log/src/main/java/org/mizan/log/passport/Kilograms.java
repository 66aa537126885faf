package org.mizan.log.passport;

import java.math.BigDecimal;

/** Masses in passports are decimal-kilogram strings exact to the gram; the replay counts whole grams. */
final class Kilograms {

    private Kilograms() {
    }

    static long grams(Object kilograms) {
        if (!(kilograms instanceof String text)) {
            throw new IllegalArgumentException("a mass is a decimal-kilogram string, not " + kilograms);
        }
        return new BigDecimal(text).movePointRight(3).longValueExact();
    }

    static String of(long grams) {
        return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString();
    }
}
