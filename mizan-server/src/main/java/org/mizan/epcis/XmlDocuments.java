package org.mizan.epcis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.mizan.kernel.Rejection;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads EPCIS 2.0 XML documents safely and validates them against the bundled XSDs. No DTD is ever
 * loaded and no entity is ever resolved or expanded: a DOCTYPE may only name the root (GS1's own
 * examples carry {@code <!DOCTYPE project>}); one that declares anything, internally or externally, is
 * refused. Nothing is fetched (a document's {@code xsi:schemaLocation} is ignored), and the valid
 * document becomes the same JSON-LD form a JSON capture yields.
 */
final class XmlDocuments {

    /**
     * Deepest element a document may have: the event limit of {@link NestingLimit} plus the deepest
     * wrapper of an event (EPCISQueryDocument, EPCISBody, QueryResults, resultsBody, EventList, extension)
     * and room for the XML binding's own {@code extension} and {@code baseExtension} elements, which add
     * elements but no JSON-LD level. Enforced by the parser itself, so no DOM walk meets a deeper tree.
     */
    static final int MAX_ELEMENT_DEPTH = NestingLimit.MAX_DEPTH + 10;

    private static final Schema SCHEMA = schema();
    private static final String EPCIS = "urn:epcglobal:epcis:xsd:2";

    private XmlDocuments() {
    }

    static EpcisDocument read(byte[] body) {
        Document document = wrapped(parse(body));
        validate(document);
        return XmlToJson.document(document);
    }

    static Document parse(byte[] body) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not resolved");
            });
            Document document = builder.parse(new ByteArrayInputStream(body));
            refuseDeclarations(document.getDoctype());
            return document;
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("maxElementDepth")) {
                throw NestingLimit.tooDeep("The document nests elements deeper than " + MAX_ELEMENT_DEPTH + ", deeper than any document"
                        + " of events within the limit: an event nests at most " + NestingLimit.MAX_DEPTH + " levels of objects and arrays");
            }
            throw malformed("The body is not acceptable XML: line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw malformed("The body is not acceptable XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
    }

    // A single event (POST /epcis/events) is validated and read as the one event of a document.
    private static Document wrapped(Document parsed) {
        Element root = parsed.getDocumentElement();
        if (root.getNamespaceURI() != null || !EpcisDocument.EVENT_TYPES.contains(root.getLocalName())) {
            return parsed;
        }
        Document document = parsed.getImplementation().createDocument(EPCIS, "epcis:EPCISDocument", null);
        Element top = document.getDocumentElement();
        top.setAttribute("schemaVersion", "2.0");
        top.setAttribute("creationDate", root.hasAttribute("creationDate") ? root.getAttribute("creationDate") : "1970-01-01T00:00:00Z");
        Element list = document.createElementNS(null, "EventList");
        top.appendChild(document.createElementNS(null, "EPCISBody")).appendChild(list);
        Element event = (Element) document.importNode(root, true);
        event.removeAttribute("creationDate");
        event.removeAttribute("schemaVersion");
        list.appendChild(event);
        return document;
    }

    private static void refuseDeclarations(DocumentType doctype) {
        if (doctype != null && (doctype.getInternalSubset() != null || doctype.getSystemId() != null
                || doctype.getPublicId() != null || doctype.getEntities().getLength() > 0)) {
            throw malformed("A DOCTYPE that declares entities or refers to a DTD is refused; EPCIS documents need none");
        }
    }

    private static void validate(Document document) {
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new DOMSource(document));
        } catch (SAXParseException e) {
            throw new Rejection(Rejection.Kind.MALFORMED, "epcis-schema-violation",
                    "The document does not conform to the EPCIS 2.0 XSD: " + e.getMessage(), Map.of("line", e.getLineNumber()));
        } catch (SAXException | IOException e) {
            throw new Rejection(Rejection.Kind.MALFORMED, "epcis-schema-violation",
                    "The document does not conform to the EPCIS 2.0 XSD: " + e.getMessage(), Map.of());
        }
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
    }

    // The bundled query XSD imports the capture XSD and its headers by relative location, from the classpath.
    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
            URL query = XmlDocuments.class.getResource("/epcis/xsd/EPCglobal-epcis-query-2_0.xsd");
            URL masterData = XmlDocuments.class.getResource("/epcis/xsd/EPCglobal-epcis-masterdata-2_0.xsd");
            return factory.newSchema(new javax.xml.transform.Source[] {new javax.xml.transform.stream.StreamSource(query.toString()),
                    new javax.xml.transform.stream.StreamSource(masterData.toString())});
        } catch (SAXException e) {
            throw new IllegalStateException("The bundled EPCIS XSDs are unreadable", e);
        }
    }

    static Rejection malformed(String detail) {
        return new Rejection(Rejection.Kind.MALFORMED, "epcis-malformed-document", detail, Map.of());
    }
}
