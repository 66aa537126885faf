package org.mizan.epcis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.Rejection;

import tools.jackson.databind.JsonNode;

/**
 * Mizan's EPCIS extension: the mineral data EPCIS has no field for (material, form, grades, licence,
 * permit, process, export figures), in the namespace {@value #NAMESPACE}, and the URIs that name
 * registry sites, parties and consignments. Fields are found by namespace, whatever prefix a document
 * binds to it. The namespace lives under the reserved {@code .invalid} domain so that nothing ever
 * tries to dereference it.
 */
record MizanExtension(String prefix) {

    static final String NAMESPACE = "https://mizan.invalid/epcis/";
    static final String SITE = "https://mizan.invalid/site/";
    static final String PARTY = "https://mizan.invalid/party/";
    static final String CONSIGNMENT = "https://mizan.invalid/consignment/";
    static final String EXPORT_TRANSACTION = NAMESPACE + "export";

    /** The extension as a document declares it, or empty when the document does not use the namespace. */
    static Optional<MizanExtension> in(DocumentContext context) {
        return context.namespaces().entrySet().stream().filter(e -> e.getValue().equals(NAMESPACE))
                .map(e -> new MizanExtension(e.getKey())).findFirst();
    }

    JsonNode field(JsonNode node, String local) {
        return node.path(prefix + ":" + local);
    }

    String text(JsonNode node, String local) {
        JsonNode value = field(node, local);
        if (value.isMissingNode() || value.isNull() || value.isContainer()) {
            throw missing(local);
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asString().strip();
    }

    /**
     * A boolean that may be absent: a JSON boolean, or the text {@code true} or {@code false} that the XML
     * binding gives (its shape is checked by {@link ExtensionShapes} before mapping).
     */
    Optional<Boolean> optionalBoolean(JsonNode node, String local) {
        JsonNode value = field(node, local);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.asString().strip()));
    }

    /** Grades as an object of element symbol to mass fraction: {@code {"mizan:Cu": "0.28"}}. */
    Map<String, String> grades(JsonNode node) {
        JsonNode grades = field(node, "grades");
        Map<String, String> out = new java.util.LinkedHashMap<>();
        grades.properties().forEach(e -> {
            String element = e.getKey().startsWith(prefix + ":") ? e.getKey().substring(prefix.length() + 1) : e.getKey();
            out.put(element, e.getValue().isNumber() ? e.getValue().decimalValue().toPlainString() : e.getValue().asString().strip());
        });
        return out;
    }

    /** An element that XML may give once (an object) or repeated (an array), always as a list. */
    List<JsonNode> repeated(JsonNode node, String local) {
        JsonNode value = field(node, local);
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        } else if (!value.isMissingNode()) {
            items.add(value);
        }
        return items;
    }

    static Optional<String> site(String uri) {
        return uri != null && uri.startsWith(SITE) ? Optional.of(uri.substring(SITE.length())) : Optional.empty();
    }

    static Optional<String> party(String uri) {
        return uri != null && uri.startsWith(PARTY) ? Optional.of(uri.substring(PARTY.length())) : Optional.empty();
    }

    /** Kilograms from an EPCIS quantity and unit (UN/CEFACT KGM or TNE). */
    static String kilograms(JsonNode quantityElement) {
        JsonNode quantity = quantityElement.path("quantity");
        String uom = quantityElement.path("uom").asString("");
        if (!quantity.isNumber() && !quantity.isString()) {
            throw mapping("A quantity in kilograms (uom KGM) or tonnes (uom TNE) is needed for custody");
        }
        BigDecimal amount = new BigDecimal(quantity.asString());
        if (uom.equals("TNE")) {
            amount = amount.multiply(BigDecimal.valueOf(1000));
        } else if (!uom.equals("KGM")) {
            throw mapping("Custody needs masses in KGM or TNE, got uom " + Rejection.quote(uom));
        }
        return amount.stripTrailingZeros().toPlainString();
    }

    private Rejection missing(String local) {
        return mapping("The custody mapping needs the extension field " + prefix + ":" + local + " (" + NAMESPACE + local + ")");
    }

    static Rejection mapping(String detail) {
        return Rejection.invalid("epcis-custody-mapping", detail);
    }
}
