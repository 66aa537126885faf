package org.mizan.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that Mizan refuses, with the cause named. The web layer turns it into an RFC 9457
 * problem whose {@code type} is stable per cause, so clients can branch on it. It is deliberately not an
 * {@link IllegalArgumentException}: code that catches a library's argument errors (a parse, an enum
 * look-up) must not swallow a refusal by accident and put its own in place of the named cause.
 */
public class Rejection extends RuntimeException {

    /** What kind of refusal, which fixes the HTTP status. */
    public enum Kind {
        MALFORMED(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409),
        TOO_LARGE(413), UNSUPPORTED_MEDIA_TYPE(415), INVALID(422), UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String type;
    private final Map<String, Object> properties;

    public Rejection(Kind kind, String type, String detail, Map<String, Object> properties) {
        super(detail);
        this.kind = kind;
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    public static Rejection invalid(String type, String detail) {
        return new Rejection(Kind.INVALID, type, detail, Map.of());
    }

    public static Rejection notFound(String type, String detail) {
        return new Rejection(Kind.NOT_FOUND, type, detail, Map.of());
    }

    public static Rejection conflict(String type, String detail) {
        return new Rejection(Kind.CONFLICT, type, detail, Map.of());
    }

    public static Rejection forbidden(String type, String detail) {
        return new Rejection(Kind.FORBIDDEN, type, detail, Map.of());
    }

    /** A copy that carries one more machine-readable figure for the problem body. */
    public Rejection with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new Rejection(kind, type, getMessage(), more);
    }

    public Kind kind() {
        return kind;
    }

    /** The stable slug of the cause, e.g. {@code licence-overlap}. */
    public String type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** Quotes user input for a message without letting a huge value flood it. */
    /**
     * A number as a problem may quote it: plain when it is short, else in scientific notation, and cut at 80
     * characters; a request of a few bytes ({@code 1e9999999}) must not be answered with megabytes of digits.
     */
    public static String number(java.math.BigDecimal value) {
        if (value == null) {
            return "nothing";
        }
        boolean plain = value.precision() - value.scale() <= 40 && value.scale() <= 40;
        String text = plain ? value.toPlainString() : value.toString();
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

    public static String quote(String value) {
        if (value == null) {
            return "nothing";
        }
        String cut = value.length() > 80 ? value.substring(0, 80) + "..." : value;
        return "\"" + cut + "\"";
    }
}
