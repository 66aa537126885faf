package org.mizan.log.passport;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a passport's fields must say, path by path, and where each value comes from (the events'
 * replay, one event, the registry facts, the format, the checkpoint). Figures (masses, grades, shares)
 * compare by numeric value, so {@code 1} and {@code 1.000000000000} are the same share; every other
 * field compares exactly.
 */
final class Expected {

    record Field(Object value, String source, boolean figure) {
    }

    static final String EVENTS = "the events give";
    static final String FACTS = "the registry facts give";
    static final String FORMAT = "the format gives";

    private final Map<String, Field> fields = new LinkedHashMap<>();

    void put(String path, Object value, String source) {
        fields.put(path, new Field(Leaves.normalised(value), source, false));
    }

    void figure(String path, BigDecimal value, String source) {
        fields.put(path, new Field(value, source, true));
    }

    void empty(String path, boolean array) {
        fields.put(path, new Field(new Leaves.Marker(array ? Leaves.EMPTY_ARRAY : Leaves.EMPTY_OBJECT), FORMAT, false));
    }

    static String byEvent(Object eventId) {
        return "event " + eventId + " gives";
    }

    Map<String, Field> fields() {
        return fields;
    }

    /** Whether the stated leaf says what is expected. */
    static boolean agrees(Field expected, Object stated) {
        if (expected.figure()) {
            BigDecimal number = stated instanceof String text ? decimal(text) : null;
            return number != null && number.compareTo((BigDecimal) expected.value()) == 0;
        }
        return java.util.Objects.equals(expected.value(), stated);
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
