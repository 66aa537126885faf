package org.mizan.log.passport;

import java.util.List;
import java.util.Map;

/** Typed reads of a plain JSON tree, failing with the field named. */
final class Json {

    private Json() {
    }

    static Object required(Map<?, ?> node, String field) {
        Object value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException("missing field " + field);
        }
        return value;
    }

    static List<?> array(Map<?, ?> node, String field) {
        if (required(node, field) instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("field " + field + " is not an array");
    }

    static String text(Map<?, ?> node, String field) {
        if (required(node, field) instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("field " + field + " is not a string");
    }
}
