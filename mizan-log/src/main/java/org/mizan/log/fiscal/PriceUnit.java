package org.mizan.log.fiscal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * The unit a price is quoted in, such as USGS's {@code USc/lb} (US cents per pound) or {@code USD/t}:
 * its currency, whether the figure is in the currency's hundredths, and how many kilograms the mass unit
 * holds (1 lb = 0.45359237 kg exactly; 1 troy oz = 0.0311034768 kg exactly).
 */
public record PriceUnit(String code, String currency, boolean hundredths, BigDecimal kilograms) {

    private static final Map<String, BigDecimal> MASS = Map.of("lb", new BigDecimal("0.45359237"), "kg", BigDecimal.ONE, "t",
            new BigDecimal("1000"), "ozt", new BigDecimal("0.0311034768"));

    /** Reads {@code <currency>/<mass>}: currency USD, PKR or USc (US cents), mass lb, kg, t or ozt. */
    public static PriceUnit of(String code) {
        String[] parts = code == null ? new String[0] : code.split("/", -1);
        if (parts.length != 2 || !MASS.containsKey(parts[1]) || !parts[0].matches("USD|PKR|USc")) {
            throw new IllegalArgumentException("price unit " + code + " is not <USD|USc|PKR>/<lb|kg|t|ozt>");
        }
        boolean cents = parts[0].equals("USc");
        return new PriceUnit(code, cents ? "USD" : parts[0], cents, MASS.get(parts[1]));
    }

    /** A price in this unit as whole currency per kilogram, to 34 significant digits. */
    public BigDecimal perKilogram(BigDecimal price) {
        BigDecimal whole = hundredths ? price.movePointLeft(2) : price;
        return whole.divide(kilograms, MathContext.DECIMAL128);
    }
}
