package org.mizan.contracts.ocds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a process's releases, oldest first, into its compiled release as OCDS's merge routine does: objects
 * merge field by field, a later value replaces an earlier one, and arrays of objects with ids merge by id (an
 * identifier merge); any other array is replaced whole. The compiled release is tagged {@code compiled} and
 * dated by its latest release.
 */
public final class CompiledRelease {

    private CompiledRelease() {
    }

    public static Map<String, Object> of(String ocid, List<Map<String, Object>> releases) {
        Map<String, Object> compiled = new LinkedHashMap<>();
        for (Map<String, Object> release : releases) {
            merge(compiled, release);
        }
        compiled.put("id", ocid + "-compiled");
        compiled.put("tag", List.of("compiled"));
        return compiled;
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object existing = target.get(key);
            if (value instanceof Map<?, ?> map && existing instanceof Map<?, ?> old) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) old);
                merge(copy, (Map<String, Object>) map);
                target.put(key, copy);
            } else if (value instanceof List<?> list && existing instanceof List<?> old && identified(list) && identified(old)) {
                target.put(key, mergeById((List<Map<String, Object>>) old, (List<Map<String, Object>>) list));
            } else {
                target.put(key, copy(value));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> mergeById(List<Map<String, Object>> old, List<Map<String, Object>> patch) {
        List<Map<String, Object>> out = new ArrayList<>();
        old.forEach(o -> out.add(new LinkedHashMap<>(o)));
        for (Map<String, Object> p : patch) {
            Map<String, Object> match = out.stream().filter(o -> o.get("id").equals(p.get("id"))).findFirst().orElse(null);
            if (match == null) {
                out.add((Map<String, Object>) copy(p));
            } else {
                merge(match, p);
            }
        }
        return out;
    }

    private static boolean identified(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(e -> e instanceof Map<?, ?> m && m.get("id") != null);
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(CompiledRelease::copy).toList());
        }
        return value;
    }
}
