package org.mizan.log.passport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Walks every leaf of a passport and accounts for it: recomputed (it must say what the events, the
 * registry facts or the format give), proven (a disclosed event, checked by inclusion), or declared (a
 * field the passport lists as someone's statement). A leaf that is none of these is an unverified field,
 * so a field added to the format cannot slip through unchecked; an expected field that is missing is a
 * claim the passport fails to make.
 */
final class Coverage {

    record Outcome(List<String> problems, int recomputed, int declared) {
    }

    /** The figures a v1 passport's verifier recomputed; its other fields went unchecked. */
    private static final Pattern V1_FIGURE = Pattern.compile(
            "lines\\[\\d+]\\.(netMassKg|containedKg\\..+)|totals\\.(netMassKg|containedKg\\..+)|origin\\.(by(Licence|District|Province)\\..+|unattributedShare)");

    /** The committed assessments and their proofs: proven by inclusion, like the disclosed events, unless a figure in them is recomputed. */
    private static final Pattern PROVEN_ROYALTY = Pattern.compile("royalties\\.assessments\\[\\d+]\\.(assessment\\..+|assessment|index|salt|inclusionProof.*)");

    private Coverage() {
    }

    /** {@code stated} is every leaf of the passport by path, as {@link Leaves} flattens it. */
    static Outcome check(Map<String, Object> stated, Expected expected, List<String> declaredFields, boolean v1) {
        // By path, so a failure names the problems in the same order however the document is laid out.
        Map<String, String> problems = new TreeMap<>();
        int recomputed = 0;
        int declared = 0;
        for (Map.Entry<String, Object> leaf : stated.entrySet()) {
            String path = leaf.getKey();
            Expected.Field field = expected.fields().get(path);
            if (path.startsWith("evidence.events[") || (v1 && !V1_FIGURE.matcher(path).matches())) {
                continue;
            }
            if (field != null) {
                if (Expected.agrees(field, leaf.getValue())) {
                    recomputed++;
                } else {
                    problems.put(path, path + ": the passport says " + plain(leaf.getValue()) + ", " + field.source() + " "
                            + plain(field.value()));
                }
            } else if (PROVEN_ROYALTY.matcher(path).matches()) {
                continue;
            } else if (declaredFields.stream().anyMatch(d -> within(path, d))) {
                declared++;
            } else {
                problems.put(path, "unverified field " + path + ": it is neither recomputed nor declared");
            }
        }
        expected.fields().forEach((path, field) -> {
            if (!stated.containsKey(path) && !(v1 && !V1_FIGURE.matcher(path).matches())) {
                problems.put(path, path + ": the passport says nothing, " + field.source() + " " + plain(field.value()));
            }
        });
        return new Outcome(new ArrayList<>(problems.values()), recomputed, declared);
    }

    private static boolean within(String path, String field) {
        return path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[");
    }

    private static String plain(Object value) {
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
