package org.mizan.epcis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The extension side of the XML binding: which elements are extensions (any namespace but the
 * standard ones), the {@code prefix:name} keys they become, the namespace declarations that join the
 * document's context, and the DOM helpers the converter shares.
 */
final class XmlExtensions {

    static final Set<String> STANDARD_NAMESPACES = Set.of("urn:epcglobal:epcis:xsd:2", "urn:epcglobal:epcis-query:xsd:2",
            "urn:epcglobal:xsd:1", "http://www.w3.org/2001/XMLSchema-instance", "http://www.w3.org/2000/xmlns/",
            "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader", "urn:epcglobal:epcis-masterdata:xsd:2");

    final Map<String, String> namespaces = new LinkedHashMap<>();
    // The first prefix of each namespace, so that naming an element costs one look-up however many namespaces a document declares.
    private final Map<String, String> prefixes = new HashMap<>();

    /** Every namespace the document declares, in document order, walked without recursion. */
    void collectNamespaces(Element root) {
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        while (!open.isEmpty()) {
            Element element = open.pop();
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                if ("xmlns".equals(a.getPrefix()) && !STANDARD_NAMESPACES.contains(a.getValue())) {
                    declare(a.getLocalName(), a.getValue());
                }
            }
            List<Element> kids = children(element);
            for (int i = kids.size() - 1; i >= 0; i--) {
                open.push(kids.get(i));
            }
        }
    }

    private void declare(String prefix, String uri) {
        if (namespaces.putIfAbsent(prefix, uri) == null) {
            prefixes.putIfAbsent(uri, prefix);
        }
    }

    tools.jackson.databind.JsonNode extensionValue(Element element) {
        List<Element> kids = children(element);
        if (kids.isEmpty()) {
            return JsonDocuments.MAPPER.getNodeFactory().stringNode(text(element));
        }
        ObjectNode out = JsonDocuments.MAPPER.createObjectNode();
        kids.forEach(k -> put(out, key(k), extensionValue(k)));
        return out;
    }

    // A repeated element becomes an array, as the JSON binding writes repeated extension elements.
    static void put(ObjectNode target, String key, tools.jackson.databind.JsonNode value) {
        tools.jackson.databind.JsonNode existing = target.get(key);
        if (existing == null) {
            target.set(key, value);
        } else if (existing.isArray()) {
            ((ArrayNode) existing).add(value);
        } else {
            target.putArray(key).add(existing).add(value);
        }
    }

    String key(Element element) {
        String uri = element.getNamespaceURI();
        if (uri == null) {
            return element.getLocalName();
        }
        String prefix = element.getPrefix();
        if (prefix == null || !uri.equals(namespaces.get(prefix))) {
            prefix = prefixes.get(uri);
            if (prefix == null) {
                prefix = unusedPrefix();
                declare(prefix, uri);
            }
        }
        return prefix + ":" + element.getLocalName();
    }

    private String unusedPrefix() {
        int n = namespaces.size();
        while (namespaces.containsKey("ns" + n)) {
            n++;
        }
        return "ns" + n;
    }

    static boolean isExtension(Element element) {
        return element.getNamespaceURI() != null && !STANDARD_NAMESPACES.contains(element.getNamespaceURI());
    }

    static List<Element> children(Element element) {
        List<Element> out = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element element, String localName) {
        return children(element).stream().filter(e -> localName.equals(e.getLocalName())).findFirst().orElse(null);
    }

    static String text(Element element) {
        String text = element.getTextContent().strip();
        if (text.length() > JsonDocuments.MAX_STRING) {
            throw XmlDocuments.malformed("A value exceeds " + JsonDocuments.MAX_STRING + " characters");
        }
        return text;
    }
}
