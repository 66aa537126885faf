package org.mizan.fiscal.royalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.mizan.fiscal.Money;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.log.fiscal.RoyaltyBasis;
import org.mizan.registry.Provinces;

/**
 * A rate row as a regulator proposes it (or the seed file states it): decimals as text, so that nothing is
 * rounded on the way in. {@code rate} is a share (0.05 for 5 %), or for basis per-tonne an amount per tonne.
 */
public record RateProposal(String id, String province, String mineral, String form, String element, String basis, String rate,
        String currency, String minimumPerTonne, String valuePoint, String priceItem, LocalDate validFrom, LocalDate validTo,
        String citation, Boolean illustrative) {

    RateRow toRow(Provinces provinces) {
        if (province == null || mineral == null || basis == null || rate == null || valuePoint == null || validFrom == null
                || citation == null) {
            throw Rejection.invalid("missing-field", "A rate row needs province, mineral, basis, rate, valuePoint, validFrom and citation");
        }
        ProvinceCode code = new ProvinceCode(province);
        provinces.get(code);
        if (!mineral.matches("[a-z][a-z0-9-]{0,39}")) {
            throw Rejection.invalid("invalid-mineral", "A mineral code is lower-case letters, digits and hyphens, got " + Rejection.quote(mineral));
        }
        RoyaltyBasis kind;
        try {
            kind = RoyaltyBasis.of(basis);
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("invalid-basis", "Basis " + Rejection.quote(basis) + " is none of ad-valorem, contained-value, per-tonne");
        }
        Optional<String> money = Optional.ofNullable(currency).map(c -> {
            try {
                return Money.currency(c).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                throw Rejection.invalid("unknown-currency", e.getMessage());
            }
        });
        if (money.isPresent() && !money.get().equals("PKR") && !money.get().equals("USD")) {
            throw Rejection.invalid("unknown-currency", "Rates are stated in PKR or USD, got " + money.get());
        }
        String key = id != null ? id : province + "-" + mineral + (form == null ? "" : "-" + form) + "-" + validFrom;
        return new RateRow(key, code, mineral, Optional.ofNullable(form), Optional.ofNullable(element).map(ElementSymbol::of), kind,
                decimal(rate, "rate"), money, Optional.ofNullable(minimumPerTonne).map(m -> decimal(m, "minimumPerTonne")),
                ValuePoint.of(valuePoint), Optional.ofNullable(priceItem), validFrom, Optional.ofNullable(validTo), citation,
                Boolean.TRUE.equals(illustrative));
    }

    private static BigDecimal decimal(String text, String field) {
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.scale() > 18 || value.precision() - value.scale() > 18) {
                throw Rejection.invalid("invalid-rate", field + " has more than 18 digits either side of the point");
            }
            return value;
        } catch (NumberFormatException e) {
            throw Rejection.invalid("invalid-rate", field + " must be a decimal number as text, got " + Rejection.quote(text));
        }
    }
}
