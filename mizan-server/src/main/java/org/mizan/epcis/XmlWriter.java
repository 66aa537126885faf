package org.mizan.epcis;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;

/**
 * An EPCISQueryDocument in the XML binding, written from the stored JSON-LD events in the element
 * order the EPCIS 2.0 XSD prescribes for each event type.
 */
final class XmlWriter {

    static final String QUERY_NS = "urn:epcglobal:epcis-query:xsd:2";
    private static final List<String> COMMON = List.of("eventTime", "recordTime", "eventTimeZoneOffset", "eventID", "errorDeclaration",
            "certificationInfo");
    private static final Map<String, List<String>> ORDER = Map.of(
            "ObjectEvent", List.of("epcList", "action", "bizStep", "disposition", "readPoint", "bizLocation", "bizTransactionList",
                    "quantityList", "sourceList", "destinationList", "sensorElementList", "persistentDisposition", "ilmd"),
            "AggregationEvent", List.of("parentID", "childEPCs", "action", "bizStep", "disposition", "readPoint", "bizLocation",
                    "bizTransactionList", "childQuantityList", "sourceList", "destinationList", "sensorElementList", "persistentDisposition"),
            "TransactionEvent", List.of("bizTransactionList", "parentID", "epcList", "action", "bizStep", "disposition", "readPoint",
                    "bizLocation", "quantityList", "sourceList", "destinationList", "sensorElementList", "persistentDisposition"),
            "TransformationEvent", List.of("inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList", "transformationID",
                    "bizStep", "disposition", "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList",
                    "sensorElementList", "persistentDisposition", "ilmd"),
            "AssociationEvent", List.of("parentID", "childEPCs", "childQuantityList", "action", "bizStep", "disposition", "readPoint",
                    "bizLocation", "bizTransactionList", "sourceList", "destinationList", "sensorElementList", "persistentDisposition"));

    private XmlWriter() {
    }

    static String write(JsonNode queryDocument) {
        Document xml = newDocument();
        Element root = xml.createElementNS(QUERY_NS, "epcisq:EPCISQueryDocument");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:gs1", Vocabulary.GS1_VOC);
        root.setAttribute("schemaVersion", "2.0");
        root.setAttribute("creationDate", queryDocument.path("creationDate").asString());
        xml.appendChild(root);
        Element results = XmlEvents.append(XmlEvents.append(root, "EPCISBody"), QUERY_NS, "epcisq:QueryResults");
        JsonNode queryResults = queryDocument.path("epcisBody").path("queryResults");
        XmlEvents.append(results, "queryName").setTextContent(queryResults.path("queryName").asString());
        Element list = XmlEvents.append(XmlEvents.append(results, "resultsBody"), "EventList");
        for (JsonNode event : queryResults.path("resultsBody").path("eventList")) {
            // An event keeps its own context only where the document's cannot speak for it (QueryDocument).
            JsonNode context = event.has("@context") ? event.get("@context") : queryDocument.get("@context");
            new XmlEvents(DocumentContext.of(context), root).write(list, event, order(event));
        }
        return serialise(xml);
    }

    private static List<String> order(JsonNode event) {
        List<String> order = new java.util.ArrayList<>(COMMON);
        order.addAll(ORDER.getOrDefault(event.path("type").asString(), List.of()));
        return order;
    }

    static Set<String> standardFields() {
        Set<String> all = new java.util.HashSet<>(COMMON);
        ORDER.values().forEach(all::addAll);
        return all;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serialise(Document xml) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(xml), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write XML", e);
        }
    }
}
