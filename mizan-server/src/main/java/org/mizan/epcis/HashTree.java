package org.mizan.epcis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The element tree the CBV 2.0 event hash is defined on (the XML view of an event), built from the
 * JSON-LD form: lists become repeated elements, extension names become {@code {namespace}local}, and
 * the JSON-only list wrappers are renamed to their XML element names.
 */
final class HashTree {

    final String name;
    final String text;
    final List<HashTree> children;
    /** A pair of (type, value) children that keeps its order: bizTransaction, source, destination. */
    final boolean pair;

    HashTree(String name, String text, List<HashTree> children) {
        this(name, text, children, false);
    }

    private HashTree(String name, String text, List<HashTree> children, boolean pair) {
        this.name = name;
        this.text = text;
        this.children = children;
        this.pair = pair;
    }

    /** In XML, only the CBV and GS1 vocabulary prefixes are expanded in values. */
    private static final Map<String, String> VOCABULARY_PREFIXES = Map.of("cbv", Vocabulary.CBV, "gs1", Vocabulary.GS1_VOC);

    static final Comparator<HashTree> ORDER = (a, b) -> {
        int byName = a.name.compareTo(b.name);
        if (byName != 0) {
            return byName;
        }
        int byText = a.text.compareTo(b.text);
        if (byText != 0) {
            return byText;
        }
        for (int i = 0; i < Math.min(a.children.size(), b.children.size()); i++) {
            int c = HashTree.ORDER.compare(a.children.get(i), b.children.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.children.size(), b.children.size());
    };

    static HashTree of(JsonNode json, Map<String, String> namespaces, boolean xml) {
        if (json.isArray()) {
            List<HashTree> items = new ArrayList<>();
            json.forEach(c -> items.add(of(c, namespaces, xml)));
            return new HashTree("", "", items);
        }
        if (!json.isObject()) {
            return new HashTree("", scalar(json, xml ? VOCABULARY_PREFIXES : namespaces), new ArrayList<>());
        }
        String name = json.has("type") ? json.get("type").asString() : "";
        String text = json.has("#text") ? json.get("#text").asString() : "";
        List<HashTree> children = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (key.equals("#text") || key.equals("rdfs:comment") || key.equals("comment") || key.startsWith("@")) {
                continue;
            }
            HashTree child = of(e.getValue(), namespaces, xml);
            String qualified = qualify(key, namespaces);
            if (e.getValue().isArray()) {
                child.children.forEach(c -> children.add(new HashTree(qualified, c.text, c.children)));
            } else {
                children.add(new HashTree(qualified, child.text, child.children));
            }
        }
        if (!(json.has("bizTransaction") || json.has("source") || json.has("destination"))) {
            children.sort(ORDER);
        }
        return new HashTree(name, text, children);
    }

    private static String scalar(JsonNode value, Map<String, String> namespaces) {
        if (value.isBoolean()) {
            return value.asBoolean() ? "True" : "False";
        }
        if (value.isNumber()) {
            return PythonNumbers.repr(value);
        }
        String text = value.isNull() ? "None" : value.asString();
        int colon = text.indexOf(':');
        if (colon > 0 && namespaces.containsKey(text.substring(0, colon))) {
            return namespaces.get(text.substring(0, colon)) + text.substring(colon + 1);
        }
        return text;
    }

    private static String qualify(String key, Map<String, String> namespaces) {
        int colon = key.indexOf(':');
        if (colon > 0 && namespaces.containsKey(key.substring(0, colon))) {
            return "{" + namespaces.get(key.substring(0, colon)) + "}" + key.substring(colon + 1);
        }
        return key;
    }

    /** Renames JSON list wrappers to the XML element names, recursively. */
    HashTree corrected(boolean xml) {
        List<HashTree> level = new ArrayList<>();
        List<String> listNames = new ArrayList<>();
        java.util.Map<String, List<HashTree>> lists = new java.util.LinkedHashMap<>();
        List<HashTree> childEpcs = new ArrayList<>();
        for (HashTree child : children) {
            if (child.name.endsWith("List") && !child.pair && !(xml && child.name.startsWith("{"))) {
                if (!lists.containsKey(child.name)) {
                    listNames.add(child.name);
                }
                lists.computeIfAbsent(child.name, n -> new ArrayList<>())
                        .add(new HashTree(child.name.substring(0, child.name.length() - 4), child.text, child.children));
            } else if (child.name.equals("childEPCs")) {
                childEpcs.add(new HashTree("epc", child.text, new ArrayList<>()));
            } else {
                level.add(child);
            }
        }
        List<HashTree> result = new ArrayList<>();
        for (HashTree child : level) {
            result.add(child.corrected(xml));
        }
        for (String listName : listNames) {
            List<HashTree> elements = lists.get(listName);
            if (List.of("sourceList", "destinationList", "bizTransactionList").contains(listName)) {
                List<HashTree> pairs = new ArrayList<>();
                elements.forEach(e -> pairs.add(new HashTree("", "", new ArrayList<>(e.children.subList(0, Math.min(2, e.children.size()))), true)));
                result.add(new HashTree(listName, "", pairs, true));
            } else {
                List<HashTree> corrected = new ArrayList<>();
                elements.forEach(e -> corrected.add(e.corrected(xml)));
                result.add(new HashTree(listName, "", corrected));
            }
        }
        if (!childEpcs.isEmpty()) {
            result.add(new HashTree("childEPCs", "", childEpcs).corrected(xml));
        }
        return renamed(result);
    }

    private HashTree renamed(List<HashTree> corrected) {
        if (name.equals("inputEPC") || name.equals("outputEPC")) {
            return new HashTree("epc", text, corrected, pair);
        }
        if (name.equals("inputQuantity") || name.equals("outputQuantity") || name.equals("childQuantity")
                || (name.equals("quantity") && !corrected.isEmpty())) {
            return new HashTree("quantityElement", text, corrected, pair);
        }
        return new HashTree(name, text, corrected, pair);
    }
}
