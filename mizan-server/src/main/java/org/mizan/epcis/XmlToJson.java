package org.mizan.epcis;

import static org.mizan.epcis.XmlExtensions.child;
import static org.mizan.epcis.XmlExtensions.children;
import static org.mizan.epcis.XmlExtensions.isExtension;
import static org.mizan.epcis.XmlExtensions.put;
import static org.mizan.epcis.XmlExtensions.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * EPCIS 2.0 XML to the JSON-LD form (EPCIS 2.0 section 12 and the JSON-LD binding): list wrappers
 * become arrays, CBV URNs become bare terms, sensor attributes become typed members, and elements
 * in other namespaces become {@code prefix:name} members whose prefixes join the document's context.
 */
final class XmlToJson {

    private static final Set<String> EPC_LISTS = Set.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");
    private static final Set<String> QUANTITY_LISTS = Set.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList");
    private static final Set<String> NUMERIC_ATTRIBUTES = Set.of("value", "minValue", "maxValue", "meanValue", "sDev", "percRank", "percValue");

    private final XmlExtensions x = new XmlExtensions();

    private XmlToJson() {
    }

    static EpcisDocument document(Document xml) {
        XmlToJson converter = new XmlToJson();
        Element root = xml.getDocumentElement();
        converter.x.collectNamespaces(root);
        List<ObjectNode> events = new ArrayList<>();
        Element eventList = converter.eventList(root);
        if (eventList != null) {
            for (Element event : children(eventList)) {
                if (event.getLocalName().equals("extension")) {
                    children(event).forEach(e -> events.add(converter.event(e)));
                } else {
                    events.add(converter.event(event));
                }
            }
        }
        return new EpcisDocument(events, new DocumentContext(converter.x.namespaces), converter.ignoredFields(root), true);
    }

    // A header extension listing fields that hashers leave out (<prefix:ignoreFields><ns:field/>...), as in JSON.
    private Set<String> ignoredFields(Element root) {
        Set<String> ignored = new HashSet<>();
        for (Element c : children(root)) {
            if (isExtension(c) && c.getLocalName().equals("ignoreFields")) {
                children(c).forEach(f -> ignored.add(x.key(f)));
            }
        }
        return ignored;
    }

    private Element eventList(Element root) {
        Element body = child(root, "EPCISBody");
        if (body == null) {
            // Not XSD-valid, but some published hash vectors put resultsBody right under the root.
            Element resultsBody = child(root, "resultsBody");
            return resultsBody == null ? null : child(resultsBody, "EventList");
        }
        Element results = child(body, "QueryResults");
        if (results != null) {
            Element resultsBody = child(results, "resultsBody");
            return resultsBody == null ? null : child(resultsBody, "EventList");
        }
        return child(body, "EventList");
    }

    private ObjectNode event(Element xml) {
        ObjectNode event = JsonDocuments.MAPPER.createObjectNode();
        event.put("type", xml.getLocalName());
        fields(xml, event);
        return event;
    }

    private void fields(Element xml, ObjectNode event) {
        for (Element c : children(xml)) {
            String name = c.getLocalName();
            if (isExtension(c)) {
                put(event, x.key(c), x.extensionValue(c));
            } else if (name.equals("extension") || name.equals("baseExtension")) {
                fields(c, event);
            } else if (EPC_LISTS.contains(name)) {
                ArrayNode list = event.putArray(name);
                children(c).forEach(epc -> list.add(text(epc)));
            } else if (QUANTITY_LISTS.contains(name)) {
                ArrayNode list = event.putArray(name);
                children(c).forEach(q -> list.add(quantity(q)));
            } else if (name.equals("readPoint") || name.equals("bizLocation")) {
                event.set(name, withExtensions(c));
            } else if (name.equals("bizTransactionList") || name.equals("sourceList") || name.equals("destinationList")) {
                event.set(name, typedList(c));
            } else if (name.equals("sensorElementList")) {
                ArrayNode list = event.putArray(name);
                children(c).forEach(s -> list.add(sensorElement(s)));
            } else if (name.equals("persistentDisposition")) {
                ObjectNode p = event.putObject(name);
                children(c).forEach(s -> p.withArray(s.getLocalName()).add(Cbv.bare(text(s))));
            } else if (name.equals("errorDeclaration")) {
                event.set(name, errorDeclaration(c));
            } else if (name.equals("ilmd")) {
                event.set(name, withExtensions(c));
            } else if (name.equals("bizStep") || name.equals("disposition")) {
                event.put(name, Cbv.bare(text(c)));
            } else {
                put(event, name, JsonDocuments.MAPPER.getNodeFactory().stringNode(text(c)));
            }
        }
    }

    private ObjectNode quantity(Element q) {
        ObjectNode out = JsonDocuments.MAPPER.createObjectNode();
        for (Element f : children(q)) {
            if (f.getLocalName().equals("quantity")) {
                if (!text(f).isEmpty()) {
                    out.put("quantity", new java.math.BigDecimal(text(f)));
                }
            } else {
                out.put(f.getLocalName(), text(f));
            }
        }
        return out;
    }

    private ArrayNode typedList(Element list) {
        ArrayNode out = JsonDocuments.MAPPER.createArrayNode();
        for (Element item : children(list)) {
            ObjectNode o = out.addObject();
            if (item.hasAttribute("type")) {
                o.put("type", Cbv.bare(item.getAttribute("type")));
            }
            o.put(item.getLocalName(), text(item));
        }
        return out;
    }

    private ObjectNode sensorElement(Element element) {
        ObjectNode out = JsonDocuments.MAPPER.createObjectNode();
        for (Element c : children(element)) {
            if (c.getLocalName().equals("sensorMetadata")) {
                out.set("sensorMetadata", attributes(c));
            } else if (c.getLocalName().equals("sensorReport")) {
                out.withArray("sensorReport").add(attributes(c));
            } else if (isExtension(c)) {
                put(out, x.key(c), x.extensionValue(c));
            } else if (c.getLocalName().equals("extension")) {
                children(c).forEach(e -> put(out, x.key(e), x.extensionValue(e)));
            }
        }
        return out;
    }

    private ObjectNode attributes(Element element) {
        ObjectNode out = JsonDocuments.MAPPER.createObjectNode();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if ("xmlns".equals(a.getPrefix()) || "xmlns".equals(a.getName())) {
                continue;
            }
            String name = a.getNamespaceURI() == null ? a.getLocalName() : a.getPrefix() + ":" + a.getLocalName();
            String value = a.getValue();
            if (NUMERIC_ATTRIBUTES.contains(name)) {
                out.put(name, new java.math.BigDecimal(value.strip()));
            } else if (name.equals("booleanValue")) {
                out.put(name, Boolean.parseBoolean(value.strip()));
            } else if (name.equals("type") || name.equals("exception") || name.equals("component")) {
                out.put(name, Cbv.bare(value));
            } else {
                out.put(name, value);
            }
        }
        return out;
    }

    private ObjectNode errorDeclaration(Element element) {
        ObjectNode out = JsonDocuments.MAPPER.createObjectNode();
        for (Element c : children(element)) {
            String name = c.getLocalName();
            if (isExtension(c)) {
                put(out, x.key(c), x.extensionValue(c));
            } else if (name.equals("correctiveEventIDs")) {
                ArrayNode ids = out.putArray(name);
                children(c).forEach(id -> ids.add(text(id)));
            } else if (name.equals("reason")) {
                out.put(name, Cbv.bare(text(c)));
            } else if (name.equals("extension")) {
                children(c).forEach(e -> put(out, x.key(e), x.extensionValue(e)));
            } else {
                out.put(name, text(c));
            }
        }
        return out;
    }

    private ObjectNode withExtensions(Element element) {
        ObjectNode out = JsonDocuments.MAPPER.createObjectNode();
        for (Element c : children(element)) {
            if (isExtension(c)) {
                put(out, x.key(c), x.extensionValue(c));
            } else if (c.getLocalName().equals("extension")) {
                children(c).forEach(e -> put(out, x.key(e), x.extensionValue(e)));
            } else {
                out.put(c.getLocalName(), text(c));
            }
        }
        return out;
    }
}
