package org.mizan.epcis;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.mizan.kernel.Rejection;

/**
 * The SimpleEventQuery parameters of the EPCIS 2.0 REST binding that Mizan answers, turned into SQL.
 * Identifier and vocabulary values are normalised exactly as on capture, so a lot given as an LGTIN
 * URN finds events that named it by Digital Link and the reverse. Unknown parameters are refused, not ignored.
 */
final class EventQuery {

    record Sql(String text, Map<String, Object> params) {
    }

    private static final Map<String, List<String>> MATCHES = Map.of(
            "MATCH_epc", List.of("epc"), "MATCH_parentID", List.of("parent"), "MATCH_inputEPC", List.of("input"),
            "MATCH_outputEPC", List.of("output"), "MATCH_anyEPC", List.of("epc", "parent", "input", "output"),
            "MATCH_epcClass", List.of("class"), "MATCH_inputEPCClass", List.of("input_class"),
            "MATCH_outputEPCClass", List.of("output_class"), "MATCH_anyEPCClass", List.of("class", "input_class", "output_class"));
    private static final Map<String, String[]> EQUALS = Map.of(
            "eventType", new String[] {"event_type"}, "EQ_bizStep", new String[] {"biz_step"},
            "EQ_disposition", new String[] {"disposition"}, "EQ_readPoint", new String[] {"read_point"},
            "EQ_bizLocation", new String[] {"biz_location"}, "EQ_transformationID", new String[] {"transformation_id"},
            "EQ_eventID", new String[] {"event_id"});
    private static final Map<String, String[]> TIMES = Map.of(
            "GE_eventTime", new String[] {"event_time", ">="}, "LT_eventTime", new String[] {"event_time", "<"},
            "GE_recordTime", new String[] {"record_time", ">="}, "LT_recordTime", new String[] {"record_time", "<"});
    static final Set<String> PAGING = Set.of("perPage", "nextPageToken");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private EventQuery() {
    }

    static EventQuery of(Map<String, String> parameters) {
        EventQuery query = new EventQuery();
        parameters.forEach(query::add);
        return query;
    }

    private void add(String name, String value) {
        if (PAGING.contains(name)) {
            return;
        }
        if (EQUALS.containsKey(name)) {
            in(EQUALS.get(name)[0], values(name, value, normaliser(name)));
        } else if (TIMES.containsKey(name)) {
            String[] t = TIMES.get(name);
            conditions.add("e." + t[0] + " " + t[1] + " :" + param(time(name, value)));
        } else if (MATCHES.containsKey(name)) {
            match(MATCHES.get(name), values(name, value, v -> v));
        } else if (name.equals("EXISTS_errorDeclaration")) {
            conditions.add("e.error_declared");
        } else if (name.matches("EQ_(source|destination)_[A-Za-z_]+")) {
            String role = name.startsWith("EQ_source_") ? "source" : "destination";
            String type = name.substring(("EQ_" + role + "_").length());
            conditions.add("EXISTS (SELECT 1 FROM epcis_event_party p WHERE p.event_seq = e.seq AND p.role = '" + role
                    + "' AND p.type = :" + param(type) + " AND p.id IN (:" + param(values(name, value, DigitalLink::canonicalOrSelf)) + "))");
        } else {
            throw new Rejection(Rejection.Kind.MALFORMED, "epcis-query-parameter",
                    "Unknown query parameter " + Rejection.quote(name), Map.of("parameter", name));
        }
    }

    private static UnaryOperator<String> normaliser(String name) {
        if (name.equals("EQ_bizStep") || name.equals("EQ_disposition")) {
            return Vocabulary::shortName;
        }
        if (name.equals("EQ_readPoint") || name.equals("EQ_bizLocation")) {
            return DigitalLink::canonicalOrSelf;
        }
        return v -> v;
    }

    private void in(String column, List<String> values) {
        conditions.add("e." + column + " IN (:" + param(values) + ")");
    }

    // A pattern (urn:epc:idpat:...) matches every identifier below its class; anything else matches exactly.
    private void match(List<String> kinds, List<String> values) {
        List<String> alternatives = new ArrayList<>();
        for (String value : values) {
            String canonical = DigitalLink.canonicalOrSelf(value);
            alternatives.add("o.id = :" + param(canonical));
            if (value.contains(":idpat:")) {
                alternatives.add("o.id LIKE :" + param(canonical.replace("%", "\\%").replace("_", "\\_") + "/%"));
            }
        }
        conditions.add("EXISTS (SELECT 1 FROM epcis_event_object o WHERE o.event_seq = e.seq AND o.kind IN (:" + param(kinds)
                + ") AND (" + String.join(" OR ", alternatives) + "))");
    }

    private String param(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return name;
    }

    private static List<String> values(String name, String value, UnaryOperator<String> normalise) {
        List<String> values = Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).map(normalise).toList();
        if (values.isEmpty()) {
            throw new Rejection(Rejection.Kind.MALFORMED, "epcis-query-parameter", name + " needs a value", Map.of("parameter", name));
        }
        return values;
    }

    private static OffsetDateTime time(String name, String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new Rejection(Rejection.Kind.MALFORMED, "epcis-query-parameter",
                    name + " is an ISO-8601 time with offset, e.g. 2025-10-01T00:00:00Z", Map.of("parameter", name));
        }
    }

    Sql toSql(Readers.Visibility visibility, long after, int limit) {
        List<String> where = new ArrayList<>(conditions);
        Map<String, Object> all = new LinkedHashMap<>(params);
        where.add("e.seq > :after");
        all.put("after", after);
        where.add(visibility.condition());
        all.putAll(visibility.params());
        all.put("limit", limit);
        return new Sql("SELECT e.seq, e.body::text FROM epcis_event e WHERE " + String.join(" AND ", where)
                + " ORDER BY e.seq LIMIT :limit", all);
    }
}
