package org.mizan.economy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mizan.custody.MaterialForm;
import org.mizan.kernel.Rejection;

/**
 * The share of its contained value a form is paid at, from a day on: a smelter pays for a concentrate's metal less its
 * treatment and losses. A form without one is paid in full.
 */
public record Payability(String id, MaterialForm form, LocalDate validFrom, BigDecimal share, String source, PriceConfidence confidence) {

    public Payability {
        if (form == null || validFrom == null || share == null || source == null || source.isBlank() || confidence == null) {
            throw Rejection.invalid("missing-field", "A payability needs a form, validFrom, a share, a source and a confidence");
        }
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw Rejection.invalid("invalid-payability", "A payability is a share above 0 and at most 1, got " + Rejection.number(share));
        }
        if (id == null) {
            id = "payability-" + Forms.code(form) + "-" + validFrom;
        }
    }

    public Map<String, Object> committed() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "economy-payability");
        out.put("id", id);
        out.put("form", Forms.code(form));
        out.put("validFrom", validFrom.toString());
        out.put("share", share.toPlainString());
        out.put("source", source);
        out.put("confidence", confidence.code());
        return out;
    }
}
