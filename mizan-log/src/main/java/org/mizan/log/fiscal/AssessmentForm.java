package org.mizan.log.fiscal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a royalty assessment as the log commits it, read and written in one place: the node
 * writes the figures with {@link #figures(RoyaltyFigures)}, the verifier reads the inputs back with
 * {@link #inputs(Map)} and recomputes the figures from them. Decimals are text; an assessment that could
 * not be made ({@code "assessed": false}) carries its reason and no figures.
 */
public final class AssessmentForm {

    public static final String KIND = "royalty-assessment";

    private AssessmentForm() {
    }

    public static boolean assessed(Map<?, ?> body) {
        return Boolean.TRUE.equals(body.get("assessed"));
    }

    /** The inputs of an assessed body; throws IllegalArgumentException naming the field that is missing or not a decimal. */
    public static RoyaltyInputs inputs(Map<?, ?> body) {
        Map<?, ?> rate = object(body, "rate");
        Map<?, ?> price = body.get("price") instanceof Map<?, ?> p ? p : null;
        Map<?, ?> exchange = object(body, "exchangeRate");
        RoyaltyBasis basis = RoyaltyBasis.of(text(rate, "basis"));
        return new RoyaltyInputs(basis, decimal(rate, "rate"), optionalText(rate, "currency"), optionalDecimal(rate, "minimumPerTonne"),
                decimal(body, "massKg"), optionalDecimal(body, "grade"), price == null ? null : decimal(price, "value"),
                price == null ? null : PriceUnit.of(text(price, "unit")), decimal(exchange, "pkrPerUsd"), optionalDecimal(body, "relief"));
    }

    /** The figures as the body states them. */
    public static Map<String, Object> figures(RoyaltyFigures figures) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("grossUsd", figures.grossUsd().toPlainString());
        out.put("forgoneUsd", figures.forgoneUsd().toPlainString());
        out.put("dueUsd", figures.dueUsd().toPlainString());
        out.put("duePkr", figures.duePkr().toPlainString());
        out.put("minimumApplied", figures.minimumApplied());
        return out;
    }

    private static Map<?, ?> object(Map<?, ?> body, String field) {
        if (!(body.get(field) instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("assessment field " + field + " is missing or not an object");
        }
        return map;
    }

    private static String text(Map<?, ?> body, String field) {
        if (!(body.get(field) instanceof String text)) {
            throw new IllegalArgumentException("assessment field " + field + " is missing or not text");
        }
        return text;
    }

    private static String optionalText(Map<?, ?> body, String field) {
        return body.get(field) == null ? null : text(body, field);
    }

    private static BigDecimal decimal(Map<?, ?> body, String field) {
        try {
            return new BigDecimal(text(body, field));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("assessment field " + field + " is not a decimal");
        }
    }

    private static BigDecimal optionalDecimal(Map<?, ?> body, String field) {
        return body.get(field) == null ? null : decimal(body, field);
    }
}
