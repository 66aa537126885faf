package org.mizan.fiscal.royalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.mizan.kernel.Rejection;

/** An incentive as proposed over the API; relief as decimal text (0.5 = half the royalty relieved). */
public record IncentiveProposal(String id, String kind, String scope, String scopeValue, String relief, LocalDate validFrom,
        LocalDate validTo, String citation) {

    IncentiveRow toRow() {
        if (kind == null || scope == null || scopeValue == null || relief == null || validFrom == null || citation == null) {
            throw Rejection.invalid("missing-field", "An incentive needs kind, scope, scopeValue, relief, validFrom and citation");
        }
        BigDecimal share;
        try {
            share = new BigDecimal(relief);
        } catch (NumberFormatException e) {
            throw Rejection.invalid("invalid-incentive", "relief must be a decimal number as text, got " + Rejection.quote(relief));
        }
        String key = id != null ? id : kind + "-" + scope + "-" + scopeValue + "-" + validFrom;
        return new IncentiveRow(key, IncentiveRow.Kind.of(kind), IncentiveRow.Scope.of(scope), scopeValue, share, validFrom,
                Optional.ofNullable(validTo), citation);
    }
}
