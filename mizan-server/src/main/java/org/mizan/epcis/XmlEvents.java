package org.mizan.epcis;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;

/** Writes one JSON-LD event as its XML element, the inverse of {@link XmlToJson}. */
final class XmlEvents {

    private static final Set<String> EPC_LISTS = Set.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");
    private static final Set<String> QUANTITY_LISTS = Set.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList");
    private static final Map<String, String[]> TYPED_LISTS = Map.of("bizTransactionList", new String[] {"bizTransaction", "bizTransactionType"},
            "sourceList", new String[] {"source", "sourceDestType"}, "destinationList", new String[] {"destination", "sourceDestType"});

    private final DocumentContext context;
    private final Element root;

    XmlEvents(DocumentContext context, Element root) {
        this.context = context;
        this.root = root;
    }

    void write(Element list, JsonNode event, List<String> order) {
        Element e = append(list, event.path("type").asString());
        for (String field : order) {
            if (event.has(field)) {
                field(e, field, event.get(field));
            }
        }
        event.properties().forEach(p -> {
            if (p.getKey().contains(":") && !p.getKey().startsWith("@")) {
                extension(e, p.getKey(), p.getValue());
            }
        });
    }

    private void field(Element parent, String name, JsonNode value) {
        if (EPC_LISTS.contains(name)) {
            Element list = append(parent, name);
            value.forEach(epc -> append(list, "epc").setTextContent(epc.asString()));
        } else if (QUANTITY_LISTS.contains(name)) {
            Element list = append(parent, name);
            value.forEach(q -> quantity(append(list, "quantityElement"), q));
        } else if (TYPED_LISTS.containsKey(name)) {
            String[] item = TYPED_LISTS.get(name);
            Element list = append(parent, name);
            for (JsonNode entry : value) {
                Element x = append(list, item[0]);
                if (entry.has("type")) {
                    x.setAttribute("type", Cbv.urn(item[1], entry.get("type").asString()));
                }
                x.setTextContent(entry.path(item[0]).asString());
            }
        } else if (name.equals("readPoint") || name.equals("bizLocation") || name.equals("ilmd")) {
            nested(append(parent, name), value);
        } else if (name.equals("errorDeclaration")) {
            errorDeclaration(append(parent, name), value);
        } else if (name.equals("sensorElementList")) {
            Element list = append(parent, name);
            value.forEach(s -> sensorElement(append(list, "sensorElement"), s));
        } else if (name.equals("persistentDisposition")) {
            Element p = append(parent, name);
            for (String kind : new String[] {"unset", "set"}) {
                value.path(kind).forEach(d -> append(p, kind).setTextContent(Cbv.urn("disposition", d.asString())));
            }
        } else if (name.equals("bizStep") || name.equals("disposition")) {
            append(parent, name).setTextContent(Cbv.urn(name, value.asString()));
        } else if (value.isArray()) {
            value.forEach(v -> append(parent, name).setTextContent(v.asString()));
        } else {
            append(parent, name).setTextContent(value.asString());
        }
    }

    private void quantity(Element element, JsonNode q) {
        append(element, "epcClass").setTextContent(q.path("epcClass").asString());
        if (q.has("quantity")) {
            append(element, "quantity").setTextContent(q.get("quantity").decimalValue().toPlainString());
        }
        if (q.has("uom")) {
            append(element, "uom").setTextContent(q.get("uom").asString());
        }
    }

    private void nested(Element element, JsonNode value) {
        value.properties().forEach(p -> {
            if (p.getKey().contains(":")) {
                extension(element, p.getKey(), p.getValue());
            } else {
                append(element, p.getKey()).setTextContent(p.getValue().asString());
            }
        });
    }

    private void errorDeclaration(Element element, JsonNode value) {
        for (String field : new String[] {"declarationTime", "reason"}) {
            if (value.has(field)) {
                append(element, field).setTextContent(field.equals("reason") ? Cbv.urn("errorReason", value.get(field).asString())
                        : value.get(field).asString());
            }
        }
        if (value.has("correctiveEventIDs")) {
            Element ids = append(element, "correctiveEventIDs");
            value.get("correctiveEventIDs").forEach(id -> append(ids, "correctiveEventID").setTextContent(id.asString()));
        }
        value.properties().forEach(p -> {
            if (p.getKey().contains(":")) {
                extension(element, p.getKey(), p.getValue());
            }
        });
    }

    private void sensorElement(Element element, JsonNode value) {
        if (value.has("sensorMetadata")) {
            attributes(append(element, "sensorMetadata"), value.get("sensorMetadata"));
        }
        value.path("sensorReport").forEach(r -> attributes(append(element, "sensorReport"), r));
        value.properties().forEach(p -> {
            if (p.getKey().contains(":")) {
                extension(element, p.getKey(), p.getValue());
            }
        });
    }

    private void attributes(Element element, JsonNode value) {
        value.properties().forEach(p -> {
            String text = p.getValue().isNumber() ? p.getValue().decimalValue().toPlainString() : p.getValue().asString();
            if (p.getKey().contains(":")) {
                String prefix = p.getKey().substring(0, p.getKey().indexOf(':'));
                element.setAttributeNS(namespace(prefix), p.getKey(), text);
            } else {
                element.setAttribute(p.getKey(), p.getKey().equals("type") || p.getKey().equals("exception")
                        ? (text.contains(":") ? text : "gs1:" + text) : p.getKey().equals("component") && !text.contains(":") ? "cbv:Comp-" + text : text);
            }
        });
    }

    private void extension(Element parent, String key, JsonNode value) {
        if (value.isArray()) {
            value.forEach(v -> extension(parent, key, v));
            return;
        }
        String prefix = key.substring(0, key.indexOf(':'));
        Element e = parent.getOwnerDocument().createElementNS(namespace(prefix), key);
        parent.appendChild(e);
        if (value.isObject()) {
            value.properties().forEach(p -> nestedExtension(e, p.getKey(), p.getValue()));
        } else {
            e.setTextContent(value.isNumber() ? value.decimalValue().toPlainString() : value.asString());
        }
    }

    // Unprefixed members inside an extension are elements in no namespace, as the XML binding writes them.
    private void nestedExtension(Element parent, String key, JsonNode value) {
        if (key.contains(":")) {
            extension(parent, key, value);
            return;
        }
        if (value.isArray()) {
            value.forEach(v -> nestedExtension(parent, key, v));
            return;
        }
        Element e = append(parent, key);
        if (value.isObject()) {
            value.properties().forEach(p -> nestedExtension(e, p.getKey(), p.getValue()));
        } else {
            e.setTextContent(value.isNumber() ? value.decimalValue().toPlainString() : value.asString());
        }
    }

    private String namespace(String prefix) {
        String uri = context.namespaces().get(prefix);
        if (uri == null) {
            uri = prefix.equals("cbv") ? Vocabulary.CBV : prefix.equals("gs1") ? Vocabulary.GS1_VOC : "urn:x-undeclared:" + prefix;
        }
        if (!root.hasAttribute("xmlns:" + prefix)) {
            root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + prefix, uri);
        }
        return uri;
    }

    static Element append(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    static Element append(Element parent, String namespace, String qualifiedName) {
        Element e = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
        parent.appendChild(e);
        return e;
    }
}
