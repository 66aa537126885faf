package org.mizan.fiscal.royalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.Rejection;

/**
 * A fiscal incentive: a royalty holiday, a reduced rate or a tax credit for exploration, processing or
 * research, for one licence, one site or every lot of a value-chain stage, relieving a share of the
 * royalty from one day to another. Assessment applies it and states what it forgoes, so that revenue
 * forgone is published beside revenue due (the tax-expenditure view).
 */
public record IncentiveRow(String id, Kind kind, Scope scope, String scopeValue, BigDecimal relief, LocalDate validFrom,
        Optional<LocalDate> validTo, String citation) {

    public enum Kind {
        ROYALTY_HOLIDAY, REDUCED_RATE, EXPLORATION_CREDIT, PROCESSING_CREDIT, RESEARCH_CREDIT;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Kind of(String code) {
            return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst().orElseThrow(() -> Rejection.invalid(
                    "invalid-incentive", "Incentive kind " + Rejection.quote(code) + " is none of royalty-holiday, reduced-rate, "
                            + "exploration-credit, processing-credit, research-credit"));
        }
    }

    /** What an incentive applies to: a licence number, a site id, or a stage of the value chain (its number on the ladder). */
    public enum Scope {
        LICENCE, SITE, STAGE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Scope of(String code) {
            return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst().orElseThrow(() -> Rejection.invalid(
                    "invalid-incentive", "Incentive scope " + Rejection.quote(code) + " is none of licence, site, stage"));
        }
    }

    public IncentiveRow {
        if (id == null || kind == null || scope == null || scopeValue == null || scopeValue.isBlank() || relief == null || validFrom == null
                || citation == null || citation.isBlank()) {
            throw Rejection.invalid("missing-field", "An incentive needs kind, scope, scopeValue, relief, validFrom and citation");
        }
        if (relief.signum() <= 0 || relief.compareTo(BigDecimal.ONE) > 0) {
            throw Rejection.invalid("invalid-incentive", "relief is the share of the royalty relieved, above 0 and at most 1; got "
                    + Rejection.number(relief));
        }
        if (kind == Kind.ROYALTY_HOLIDAY && relief.compareTo(BigDecimal.ONE) != 0) {
            throw Rejection.invalid("invalid-incentive", "A royalty holiday relieves the whole royalty: relief 1");
        }
        if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
            throw Rejection.invalid("invalid-validity", "validTo " + validTo.get() + " lies before validFrom " + validFrom);
        }
    }

    Map<String, Object> committed() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "fiscal-incentive");
        out.put("id", id);
        out.put("incentive", kind.code());
        out.put("scope", scope.code());
        out.put("scopeValue", scopeValue);
        out.put("relief", relief.toPlainString());
        out.put("validFrom", validFrom.toString());
        validTo.ifPresent(t -> out.put("validTo", t.toString()));
        out.put("citation", citation);
        return out;
    }

    /** The row as the log commits it. */
    public Map<String, Object> committedForm() {
        return committed();
    }
}
