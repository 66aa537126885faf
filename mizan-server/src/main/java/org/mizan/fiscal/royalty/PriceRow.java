package org.mizan.fiscal.royalty;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mizan.kernel.Rejection;
import org.mizan.log.fiscal.PriceUnit;

/**
 * A reference price: an item (an element such as {@code Cu}, a compound such as {@code Nd2O3}, or a
 * material), the year it is the average of, its value and unit, where it comes from and how far it can be
 * trusted. A royalty names the price row it used, so that the figure can be checked against the source.
 */
public record PriceRow(String id, String item, int year, BigDecimal value, PriceUnit unit, String source, Confidence confidence,
        boolean estimated) {

    /** How far a price can be trusted: published by an authority, reported by the trade press, declared by a party, or Mizan's example. */
    public enum Confidence {
        OFFICIAL, TRADE_PRESS, DECLARED, ILLUSTRATIVE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Confidence of(String code) {
            return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst().orElseThrow(() -> Rejection.invalid(
                    "invalid-confidence", "Confidence " + Rejection.quote(code) + " is none of official, trade-press, declared, illustrative"));
        }
    }

    public PriceRow {
        if (id == null || item == null || item.isBlank() || value == null || unit == null || source == null || confidence == null) {
            throw Rejection.invalid("missing-field", "A price row needs an item, a year, a value, a unit, a source and a confidence");
        }
        if (value.signum() <= 0) {
            throw Rejection.invalid("invalid-price", "A price must be positive, got " + Rejection.number(value));
        }
        if (year < 1900 || year > 2200) {
            throw Rejection.invalid("invalid-price", "A price's year must lie in 1900..2200, got " + year);
        }
    }

    /** The row as the log commits it. */
    public Map<String, Object> committedForm() {
        return committed();
    }

    Map<String, Object> committed() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "reference-price");
        out.put("id", id);
        out.put("item", item);
        out.put("year", Integer.toString(year));
        out.put("value", value.toPlainString());
        out.put("unit", unit.code());
        out.put("source", source);
        out.put("confidence", confidence.code());
        out.put("estimated", estimated);
        return out;
    }
}
