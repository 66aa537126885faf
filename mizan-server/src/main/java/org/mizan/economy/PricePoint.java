package org.mizan.economy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mizan.custody.MaterialForm;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Rejection;
import org.mizan.log.fiscal.PriceUnit;

/**
 * The price of one element contained in a form, from a day on: what a kilogram of copper in a concentrate fetches is
 * not what a kilogram of copper in cathode does, so the form (and the stage it stands for) is part of the price. Only
 * dollar prices are kept: exports earn, and are compared, in dollars.
 */
public record PricePoint(String id, ElementSymbol element, MaterialForm form, LocalDate validFrom, BigDecimal value, PriceUnit unit,
        String source, PriceConfidence confidence) {

    public PricePoint {
        if (element == null || form == null || validFrom == null || value == null || unit == null || source == null || source.isBlank()
                || confidence == null) {
            throw Rejection.invalid("missing-field", "A price point needs an element, a form, validFrom, a value, a currency and unit, "
                    + "a source and a confidence");
        }
        if (value.signum() <= 0) {
            throw Rejection.invalid("invalid-price", "A price must be positive, got " + Rejection.number(value));
        }
        if (!unit.currency().equals("USD")) {
            throw Rejection.invalid("invalid-currency", "Price points are kept in US dollars (USD or USc), got " + Rejection.quote(unit.code()));
        }
        if (id == null) {
            id = element.value() + "-" + Forms.code(form) + "-" + validFrom + "-" + confidence.code();
        }
    }

    /** US dollars per kilogram of contained element. */
    public BigDecimal usdPerKg() {
        return unit.perKilogram(value);
    }

    public Map<String, Object> committed() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "economy-price");
        out.put("id", id);
        out.put("element", element.value());
        out.put("form", Forms.code(form));
        out.put("stage", Forms.stage(form));
        out.put("validFrom", validFrom.toString());
        out.put("value", value.toPlainString());
        out.put("unit", unit.code());
        out.put("source", source);
        out.put("confidence", confidence.code());
        return out;
    }
}
