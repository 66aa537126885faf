package org.mizan.epcis;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Number spellings of the CBV 2.0 event-hash reference implementation, which prints JSON numbers and
 * numeric strings the way Python's {@code str(float)} does. The published hash vectors depend on it.
 */
final class PythonNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private PythonNumbers() {
    }

    /** A JSON number as Python's {@code str()} of what {@code json.loads} made of it. */
    static String repr(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.bigIntegerValue().toString();
        }
        return repr(number.asDouble());
    }

    /** A numeric string canonicalised: integral values without a fraction, others as a Python float; others unchanged. */
    static String canonical(String text) {
        String trimmed = text.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            return text;
        }
        double d = Double.parseDouble(trimmed);
        if (Double.isInfinite(d)) {
            return text;
        }
        if (d == Math.rint(d)) {
            return new BigDecimal(d).toBigInteger().toString();
        }
        return repr(d);
    }

    static String repr(double d) {
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String sign = d < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = exact.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

}
