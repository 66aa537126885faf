package org.mizan.oversight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.custody.ConsignmentExported;
import org.mizan.fiscal.ReferenceValue;
import org.mizan.kernel.PartyId;

/**
 * An export declared far below what its contained elements are worth at reference prices: value that leaves
 * the country off the books, and royalty and tax assessed on a fraction of it. Only the priced elements count
 * towards the reference value, so an unpriced element can only make the rule quieter, never fire it.
 */
record UndervaluedExportPolicy(FiscalRuleSettings settings) {

    Optional<Finding> check(ConsignmentExported export, ReferenceValue reference, List<PartyId> parties) {
        if (reference.priced().isEmpty() || reference.usd().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal floor = reference.usd().multiply(settings.undervaluedRatio(), MathContext.DECIMAL128);
        if (export.declaredValueUsd().compareTo(floor) >= 0) {
            return Optional.empty();
        }
        BigDecimal ratio = export.declaredValueUsd().divide(reference.usd(), 6, RoundingMode.HALF_EVEN);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("consignment", export.consignment().value());
        figures.put("declaredValueUsd", export.declaredValueUsd().toPlainString());
        figures.put("referenceValueUsd", usd(reference.usd()));
        figures.put("ratio", ratio.toPlainString());
        figures.put("undervaluedRatio", settings.undervaluedRatio().toPlainString());
        figures.put("elements", reference.priced().stream().map(p -> Map.of("element", p.element().value(), "kg", p.kilograms().toPlainString(),
                "usdPerKg", p.usdPerKg().round(MathContext.DECIMAL64).toPlainString(), "priceRow", p.priceRow(), "priceYear", p.priceYear(),
                "priceLogIndex", p.priceLogIndex(), "usd", usd(p.usd()))).toList());
        figures.put("unpriced", reference.unpriced().stream().map(e -> e.value()).toList());
        StringBuilder priced = new StringBuilder();
        reference.priced().forEach(p -> priced.append(priced.length() == 0 ? "" : ", ").append(p.kilograms().toPlainString()).append(" kg ")
                .append(p.element()).append(" at USD ").append(p.usdPerKg().setScale(4, RoundingMode.HALF_EVEN).toPlainString())
                .append("/kg (").append(p.priceRow()).append(")"));
        String explanation = "Consignment " + export.consignment() + " was declared at USD " + export.declaredValueUsd().toPlainString()
                + ", " + ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " % of the USD " + usd(reference.usd())
                + " its contained elements are worth at reference prices (" + priced + "); an export below "
                + RoyaltyArrearsPolicy.percent(settings.undervaluedRatio()) + " % of that value is undervalued"
                + (reference.unpriced().isEmpty() ? "." : "; not valued, for want of a reference price: " + figures.get("unpriced") + ".");
        Subject subject = new Subject(export.lots(), List.of(export.port()), List.of(), parties);
        return Optional.of(new Finding(RuleCode.UNDERVALUED_EXPORT, Severity.HIGH, RuleCode.UNDERVALUED_EXPORT + "/" + export.eventId().value(),
                subject, List.of(export.eventId().value()), figures, explanation));
    }

    private static String usd(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
