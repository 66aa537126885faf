package org.mizan.epcis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The CBV 2.0 event hash (CBV 2.0 section 8.9, "Event hash ID"): a canonical pre-hash string of the
 * event's fields in a fixed order, values normalised (UTC milliseconds, web vocabulary, Digital Link),
 * extensions sorted, hashed with SHA-256 and written {@code ni:///sha-256;<hex>?ver=CBV2.0}. Follows the
 * reference implementation whose vectors it is tested against, quirks included.
 */
final class EventHash {

    private static final List<Prop> ORDER = List.of(p("eventTime"), p("eventTimeZoneOffset"), p("certificationInfo"),
            p("parentID"), p("epcList", p("epc")), p("inputEPCList", p("epc")), p("childEPCs", p("epc")),
            quantities("quantityList"), quantities("childQuantityList"), quantities("inputQuantityList"),
            p("outputEPCList", p("epc")), quantities("outputQuantityList"), p("action"), p("transformationID"), p("bizStep"),
            p("disposition"), p("persistentDisposition", p("set"), p("unset")), p("readPoint", p("id")),
            p("bizLocation", p("id")),
            p("sensorElementList", p("sensorElement",
                    p("sensorMetadata", p("time"), p("startTime"), p("endTime"), p("deviceID"), p("deviceMetadata"), p("rawData"),
                            p("dataProcessingMethod"), p("bizRules")),
                    p("sensorReport", p("type"), p("exception"), p("deviceID"), p("deviceMetadata"), p("rawData"),
                            p("dataProcessingMethod"), p("time"), p("microorganism"), p("chemicalSubstance"), p("value"),
                            p("component"), p("stringValue"), p("booleanValue"), p("hexBinaryValue"), p("uriValue"), p("minValue"),
                            p("maxValue"), p("meanValue"), p("sDev"), p("percRank"), p("percValue"), p("uom"),
                            p("coordinateReferenceSystem")))));
    private static final Set<String> IGNORED = Set.of("recordTime", "eventID", "type", "errorDeclaration");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

    private record Prop(String name, List<Prop> children) {
    }

    private static Prop p(String name, Prop... children) {
        return new Prop(name, children.length == 0 ? null : List.of(children));
    }

    private static Prop quantities(String list) {
        return p(list, p("quantityElement", p("epcClass"), p("quantity"), p("uom")));
    }

    private EventHash() {
    }

    /** The event hash of an event in JSON-LD form, given the namespace prefixes its document declares. */
    static String of(JsonNode event, EpcisDocument document) {
        return hash(preHash(event, document.context().namespaces(), document.ignoredFields(), document.xml()));
    }

    static String preHash(JsonNode event, Map<String, String> namespaces, Set<String> ignoredFields) {
        return preHash(event, namespaces, ignoredFields, false);
    }

    /**
     * The pre-hash string. {@code ignoredFields} are the event-level fields a document lists under an
     * {@code ignoreFields} extension of its header (a repository's own annotations), which do not take part.
     * The reference implementation reads JSON-LD with two habits it does not have for XML: it expands
     * values that look like a declared {@code prefix:}, and it renames the items of extension lists ending in
     * {@code List}; {@code xml} turns both off so that each binding hashes as the reference does.
     */
    static String preHash(JsonNode event, Map<String, String> namespaces, Set<String> ignoredFields, boolean xml) {
        JsonNode kept = event;
        if (!ignoredFields.isEmpty() && event.isObject()) {
            tools.jackson.databind.node.ObjectNode copy = ((tools.jackson.databind.node.ObjectNode) event).deepCopy();
            copy.remove(ignoredFields);
            kept = copy;
        }
        JsonNode expanded = VocabularyExpansion.apply(kept, namespaces);
        HashTree tree = HashTree.of(expanded, namespaces, xml).corrected(xml);
        List<HashTree> children = new ArrayList<>(tree.children);
        String ordered = inOrder(children, ORDER);
        List<HashTree> rest = new ArrayList<>();
        children.stream().filter(c -> !IGNORED.contains(c.name)).forEach(rest::add);
        return "eventType=" + tree.name + ordered + (rest.isEmpty() ? "" : generic(rest));
    }

    static String hash(String preHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(preHash.getBytes(StandardCharsets.UTF_8));
            return "ni:///sha-256;" + HexFormat.of().formatHex(digest) + "?ver=CBV2.0";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    // Consumes what it writes: after the call, children holds only what no ordered property covered.
    private static String inOrder(List<HashTree> children, List<Prop> order) {
        List<HashTree> extensions = nestedExtensions(children);
        String preHash = "";
        for (Prop prop : order) {
            List<HashTree> named = named(children, prop.name());
            if (named.isEmpty()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (HashTree child : named) {
                String value = element(child, prop.children());
                if (!value.isEmpty()) {
                    values.add(value);
                }
                if (child.children.isEmpty()) {
                    children.remove(child);
                }
            }
            values.sort(null);
            if (!String.join("", values).isEmpty()) {
                preHash = preHash + String.join("", values);
            }
        }
        return extensions.isEmpty() ? preHash : preHash + generic(extensions);
    }

    private static List<HashTree> named(List<HashTree> children, String name) {
        List<HashTree> named = List.of();
        for (HashTree child : children) {
            if (child.name.equals(name)) {
                named = named.isEmpty() ? new ArrayList<>() : named;
                named.add(child);
            }
        }
        return named;
    }

    /** The fields a document's header asks hashers to leave out ({@code <prefix>:ignoreFields}). */
    static Set<String> ignoredFields(JsonNode document) {
        java.util.Set<String> ignored = new java.util.HashSet<>();
        JsonNode results = document.path("epcisBody").path("queryResults");
        for (JsonNode holder : List.of(document, results)) {
            addIgnored(holder, ignored);
        }
        return ignored;
    }

    private static void addIgnored(JsonNode holder, Set<String> ignored) {
        holder.properties().forEach(e -> {
            if (e.getKey().endsWith(":ignoreFields") && e.getValue().isArray()) {
                e.getValue().forEach(f -> ignored.add(f.asString()));
            }
        });
    }

    // Extensions inside a nested element (readPoint, sensorReport, ...) are written right after that element's fields.
    private static List<HashTree> nestedExtensions(List<HashTree> children) {
        List<HashTree> extensions = new ArrayList<>();
        if (children.size() <= 1 || children.stream().anyMatch(c -> c.name.contains("eventTime") || c.name.contains("action"))) {
            return extensions;
        }
        for (HashTree c : children) {
            if (c.name.contains("{") && c.name.contains("/}")) {
                extensions.add(c);
            }
        }
        children.removeAll(extensions);
        return extensions;
    }

    private static String element(HashTree child, List<Prop> order) {
        String grandChildren = order == null ? "" : inOrder(child.children, order);
        String text = child.text.strip();
        if (!text.isEmpty()) {
            String lower = child.name.toLowerCase(java.util.Locale.ROOT);
            text = lower.contains("time") && !lower.contains("offset") ? utcMillis(text) : canonical(text);
            text = text.isEmpty() ? "" : "=" + text;
        }
        return text.isEmpty() && grandChildren.isEmpty() ? "" : child.name + text + grandChildren;
    }

    private static String generic(List<HashTree> children) {
        List<String> values = new ArrayList<>();
        boolean keepOrder = false;
        for (HashTree child : children) {
            keepOrder |= child.name.equals("bizTransaction") || child.name.equals("source") || child.name.equals("destination");
            if (child.pair && child.name.isEmpty()) {
                values.add(generic(child.children));
                continue;
            }
            String text = child.text.strip();
            text = text.isEmpty() ? "" : "=" + canonical(text);
            values.add(child.name + text + generic(child.children));
        }
        if (children.size() > 1 && !keepOrder) {
            values.sort(null);
        }
        return String.join("", values);
    }

    static String canonical(String text) {
        String web = text.replace("urn:epcglobal:cbv:bizstep:", Vocabulary.CBV + "BizStep-")
                .replace("urn:epcglobal:cbv:disp:", Vocabulary.CBV + "Disp-")
                .replace("urn:epcglobal:cbv:btt:", Vocabulary.CBV + "BTT-")
                .replace("urn:epcglobal:cbv:sdt:", Vocabulary.CBV + "SDT-")
                .replace("urn:epcglobal:cbv:er:", Vocabulary.CBV + "ER-");
        String numeric = PythonNumbers.canonical(web);
        return DigitalLink.canonical(numeric).orElse(numeric);
    }

    static String utcMillis(String time) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(time).withOffsetSameInstant(ZoneOffset.UTC);
            long micros = t.getNano() / 1000;
            long millis = Math.round(micros / 1000.0);
            if (micros % 1000 == 500 && millis % 2 == 1) {
                millis--; // Python rounds half to even
            }
            return t.withNano(0).plusNanos(millis * 1_000_000).format(MILLIS);
        } catch (DateTimeParseException e) {
            return time;
        }
    }
}
