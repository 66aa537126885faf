package org.mizan.fiscal.royalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.log.fiscal.RoyaltyBasis;

/**
 * One royalty regime row: what a province charges on a mineral (and form, where the law names one), on
 * which basis, from which day to which day, and on whose authority. Never edited: a change is a new row.
 * An {@code illustrative} row is Mizan's example, not a published rate, and says so wherever it is shown.
 */
public record RateRow(String id, ProvinceCode province, String mineral, Optional<String> form, Optional<ElementSymbol> element,
        RoyaltyBasis basis, BigDecimal rate, Optional<String> currency, Optional<BigDecimal> minimumPerTonne, ValuePoint valuePoint,
        Optional<String> priceItem, LocalDate validFrom, Optional<LocalDate> validTo, String citation, boolean illustrative) {

    public static final String ILLUSTRATIVE = "illustrative, not a published rate";

    public RateRow {
        if (id == null || province == null || mineral == null || basis == null || rate == null || valuePoint == null || validFrom == null
                || citation == null || citation.isBlank()) {
            throw Rejection.invalid("missing-field", "A rate row needs province, mineral, basis, rate, valuePoint, validFrom and citation");
        }
        if (rate.signum() <= 0 || (basis != RoyaltyBasis.PER_TONNE && rate.compareTo(BigDecimal.ONE) > 0)) {
            throw Rejection.invalid("invalid-rate", "A rate must be above 0 and, as a share, at most 1 (100 %); got " + Rejection.number(rate))
                    .with("rate", Rejection.number(rate));
        }
        if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
            throw Rejection.invalid("invalid-validity", "validTo " + validTo.get() + " lies before validFrom " + validFrom);
        }
        if (minimumPerTonne.isPresent() && minimumPerTonne.get().signum() < 0) {
            throw Rejection.invalid("invalid-rate", "A minimum per tonne must not be negative");
        }
        if ((basis == RoyaltyBasis.PER_TONNE || minimumPerTonne.isPresent()) && currency.isEmpty()) {
            throw Rejection.invalid("missing-field", "An amount per tonne (a per-tonne rate or a minimum) needs its currency");
        }
        if (basis != RoyaltyBasis.PER_TONNE && priceItem.isEmpty()) {
            throw Rejection.invalid("missing-field", "Basis " + basis.code() + " needs priceItem: the reference price it is a share of");
        }
        if (basis == RoyaltyBasis.CONTAINED_VALUE && element.isEmpty()) {
            throw Rejection.invalid("missing-field", "Basis contained-value needs the element whose contained mass it charges");
        }
    }

    /** Whether this row is in force on {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && validTo.map(to -> !day.isAfter(to)).orElse(true);
    }

    /** The row as the log commits it. */
    /** The row as the log commits it. */
    public Map<String, Object> committedForm() {
        return committed();
    }

    Map<String, Object> committed() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "royalty-rate");
        out.put("id", id);
        out.put("province", province.value());
        out.put("mineral", mineral);
        form.ifPresent(f -> out.put("form", f));
        element.ifPresent(e -> out.put("element", e.value()));
        out.put("basis", basis.code());
        out.put("rate", rate.toPlainString());
        currency.ifPresent(c -> out.put("currency", c));
        minimumPerTonne.ifPresent(m -> out.put("minimumPerTonne", m.toPlainString()));
        out.put("valuePoint", valuePoint.code());
        priceItem.ifPresent(p -> out.put("priceItem", p));
        out.put("validFrom", validFrom.toString());
        validTo.ifPresent(t -> out.put("validTo", t.toString()));
        out.put("citation", citation);
        out.put("illustrative", illustrative);
        return out;
    }
}
