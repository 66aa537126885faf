package org.mizan.log.revenue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Typed reads of a bundle given as a plain JSON tree; a field missing or of the wrong type refuses the bundle, naming it. */
final class BundleJson {

    private BundleJson() {
    }

    static Object required(Map<?, ?> node, String field, String path) {
        Object value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException("the bundle has no " + path + field);
        }
        return value;
    }

    static String text(Map<?, ?> node, String field, String path) {
        if (required(node, field, path) instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("the bundle's " + path + field + " is not a string");
    }

    static Map<?, ?> object(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("the bundle's " + where + " is not an object");
    }

    static List<?> array(Map<?, ?> node, String field, String path) {
        if (required(node, field, path) instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("the bundle's " + path + field + " is not an array");
    }

    static long integer(Object value, String where) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger b && b.bitLength() < 64) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException("the bundle's " + where + " is not an integer");
    }

    static BigDecimal decimal(Map<?, ?> node, String field, String path) {
        String text = text(node, field, path);
        // Amounts are plain decimal strings; an exponent or a sign of its own would be read two ways by two readers.
        if (!text.matches("-?\\d{1,18}(\\.\\d{1,18})?")) {
            throw new IllegalArgumentException("the bundle's " + path + field + " is not a decimal, got " + text);
        }
        return new BigDecimal(text);
    }

    static byte[] base64(Object value, String where) {
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("the bundle's " + where + " is not a base64 string");
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the bundle's " + where + " is not base64", e);
        }
    }

    static List<byte[]> hashes(Map<?, ?> node, String field, String path) {
        List<byte[]> out = new ArrayList<>();
        List<?> list = array(node, field, path);
        for (int i = 0; i < list.size(); i++) {
            out.add(base64(list.get(i), path + field + "[" + i + "]"));
        }
        return out;
    }
}
