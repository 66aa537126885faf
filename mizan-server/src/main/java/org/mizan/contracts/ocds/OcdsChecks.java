package org.mizan.contracts.ocds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checks a schema cannot make and an OCDS validator adds: values of the closed codelists (release tags,
 * initiation type, award, contract and milestone status, currencies), release ids unique within their ocid,
 * every ocid under the publisher's prefix, and release dates of a process that never go back.
 */
public final class OcdsChecks {

    private static final Map<String, Set<String>> CLOSED = new TreeMap<>();

    static {
        for (String list : List.of("releaseTag", "initiationType", "awardStatus", "contractStatus", "milestoneStatus", "currency")) {
            CLOSED.put(list, codes(list));
        }
    }

    private OcdsChecks() {
    }

    /** The problems found in the releases of one package, in words naming the release and field; empty when none. */
    @SuppressWarnings("unchecked")
    public static List<String> problems(String prefix, List<Map<String, Object>> releases) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> ids = new TreeMap<>();
        Map<String, OffsetDateTime> last = new TreeMap<>();
        for (Map<String, Object> r : releases) {
            String ocid = String.valueOf(r.get("ocid"));
            String id = String.valueOf(r.get("id"));
            if (!ocid.startsWith(prefix + "-")) {
                problems.add(id + ": ocid " + ocid + " is not under the prefix " + prefix);
            }
            if (!ids.computeIfAbsent(ocid, o -> new HashSet<>()).add(id)) {
                problems.add(id + ": release id repeated within " + ocid);
            }
            OffsetDateTime date = OffsetDateTime.parse(String.valueOf(r.get("date")));
            OffsetDateTime before = last.put(ocid, date);
            if (before != null && date.isBefore(before)) {
                problems.add(id + ": dated " + date + ", before the previous release of " + ocid + " (" + before + ")");
            }
            ((List<Object>) r.getOrDefault("tag", List.of())).forEach(t -> closed(problems, id, "tag", "releaseTag", t));
            closed(problems, id, "initiationType", "initiationType", r.get("initiationType"));
            for (Map<String, Object> a : (List<Map<String, Object>>) r.getOrDefault("awards", List.of())) {
                closed(problems, id, "awards.status", "awardStatus", a.get("status"));
            }
            for (Map<String, Object> c : (List<Map<String, Object>>) r.getOrDefault("contracts", List.of())) {
                closed(problems, id, "contracts.status", "contractStatus", c.get("status"));
                for (Map<String, Object> m : (List<Map<String, Object>>) c.getOrDefault("milestones", List.of())) {
                    closed(problems, id, "contracts.milestones.status", "milestoneStatus", m.get("status"));
                }
            }
            currencies(problems, id, r);
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static void currencies(List<String> problems, String id, Object node) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("currency".equals(k)) {
                    closed(problems, id, "currency", "currency", v);
                } else {
                    currencies(problems, id, v);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(v -> currencies(problems, id, v));
        }
    }

    private static void closed(List<String> problems, String id, String field, String list, Object value) {
        if (value != null && !CLOSED.get(list).contains(String.valueOf(value))) {
            problems.add(id + ": " + field + " " + value + " is not in the closed codelist " + list);
        }
    }

    private static Set<String> codes(String list) {
        Set<String> out = new HashSet<>();
        try (InputStream in = OcdsChecks.class.getResourceAsStream("/contracts/ocds/codelists/" + list + ".csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.split(",", 2)[0].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
