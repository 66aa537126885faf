package org.mizan.log.passport;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A JSON tree flattened to its leaves, each under a path such as {@code lines[0].containedKg.Cu}: the
 * unit in which a passport's fields are compared. Empty objects and arrays are leaves too, so that
 * dropping the last element of an array is a change like any other. Key order and whitespace are not
 * part of a path, so they never matter.
 */
final class Leaves {

    /** The leaf value of an empty object. */
    static final String EMPTY_OBJECT = "{}";
    /** The leaf value of an empty array. */
    static final String EMPTY_ARRAY = "[]";

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_:@/+\\-]+");

    private Leaves() {
    }

    static String key(String parent, Object key) {
        String name = String.valueOf(key);
        // A key that could read as path syntax is quoted, so no two trees flatten to the same leaves.
        String segment = PLAIN_KEY.matcher(name).matches() ? name : "\"" + name.replace("\"", "\\\"") + "\"";
        return parent.isEmpty() ? segment : parent + "." + segment;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static Map<String, Object> of(Object tree) {
        return of("", tree);
    }

    /** The leaves of a tree that sits at {@code path} of a larger one. */
    static Map<String, Object> of(String path, Object tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        walk(path, tree, out);
        return out;
    }

    private static void walk(String path, Object node, Map<String, Object> out) {
        if (node instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.put(path, new Marker(EMPTY_OBJECT));
            }
            map.forEach((k, v) -> walk(key(path, k), v, out));
        } else if (node instanceof List<?> list) {
            if (list.isEmpty()) {
                out.put(path, new Marker(EMPTY_ARRAY));
            }
            for (int i = 0; i < list.size(); i++) {
                walk(index(path, i), list.get(i), out);
            }
        } else {
            out.put(path, normalised(node));
        }
    }

    /** Numbers compare by value whatever Java type the JSON reader chose; strings, booleans and null as they are. */
    static Object normalised(Object leaf) {
        if (leaf instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return leaf;
    }

    /** An empty container, distinct from a string that happens to read "{}" or "[]". */
    record Marker(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
