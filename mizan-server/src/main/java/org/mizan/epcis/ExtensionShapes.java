package org.mizan.epcis;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mizan.kernel.Rejection;

import tools.jackson.databind.JsonNode;

/**
 * The shape of every Mizan extension field an event carries (docs/adr/0008-epcis-mapping.md), checked on
 * the JSON-LD form so that both bindings meet the same rule: a field of the wrong type is refused, naming
 * it, instead of being dropped on its way to custody; a name in Mizan's namespace that is no field of the
 * extension is refused too, as the misspelling it nearly always is.
 */
final class ExtensionShapes {

    private static final Set<String> TEXT = Set.of("material", "form", "licence", "process", "certificate", "reason", "destinationCountry");
    private static final Set<String> PERMIT_TEXT = Set.of("number", "vehicle", "vehicleClass", "validFrom", "validUntil");
    private static final Set<String> OUTPUT_TEXT = Set.of("epcClass", "material", "form");
    private static final String ELEMENT = "[A-Z][a-z]?";

    private final MizanExtension x;
    private final int event;

    private ExtensionShapes(MizanExtension x, int event) {
        this.x = x;
        this.event = event;
    }

    static void check(EpcisDocument document) {
        Optional<MizanExtension> extension = MizanExtension.in(document.context());
        if (extension.isEmpty()) {
            return;
        }
        for (int i = 0; i < document.events().size(); i++) {
            new ExtensionShapes(extension.get(), i + 1).event(document.events().get(i));
        }
    }

    private void event(JsonNode event) {
        for (Map.Entry<String, JsonNode> field : event.properties()) {
            String local = local(field.getKey());
            if (local == null) {
                continue;
            }
            JsonNode value = field.getValue();
            if (TEXT.contains(local)) {
                text(field.getKey(), value);
            } else if (local.equals("declaredValueUsd")) {
                decimal(field.getKey(), value);
            } else if (local.equals("grades")) {
                grades(field.getKey(), value);
            } else if (local.equals("permit")) {
                permit(field.getKey(), value);
            } else {
                throw wrong(field.getKey(), "is no field of the Mizan extension");
            }
        }
        JsonNode ilmd = event.path("ilmd");
        for (Map.Entry<String, JsonNode> field : ilmd.isObject() ? ilmd.properties() : Set.<Map.Entry<String, JsonNode>>of()) {
            String local = local(field.getKey());
            if (local != null && !local.equals("output")) {
                throw wrong("ilmd." + field.getKey(), "is no field of the Mizan extension's instance data");
            }
            if (local != null) {
                outputs("ilmd." + field.getKey(), field.getValue());
            }
        }
    }

    private void permit(String name, JsonNode permit) {
        if (!permit.isObject()) {
            throw wrong(name, "is an object of " + x.prefix() + ":number, vehicle, vehicleClass, maxPayloadKg, validFrom, validUntil"
                    + " and the optional singleUse");
        }
        for (Map.Entry<String, JsonNode> member : permit.properties()) {
            String local = local(member.getKey());
            String path = name + "." + member.getKey();
            if (local != null && PERMIT_TEXT.contains(local)) {
                text(path, member.getValue());
            } else if ("maxPayloadKg".equals(local)) {
                decimal(path, member.getValue());
            } else if ("singleUse".equals(local)) {
                bool(path, member.getValue());
            } else {
                throw wrong(path, "is no field of a transit permit");
            }
        }
    }

    // XML gives one ilmd output as an object and several as an array of them; JSON may write either.
    private void outputs(String name, JsonNode value) {
        if (value.isArray()) {
            value.forEach(o -> output(name, o));
        } else {
            output(name, value);
        }
    }

    private void output(String name, JsonNode output) {
        if (!output.isObject()) {
            throw wrong(name, "is an object (or an array of objects) of " + x.prefix() + ":epcClass, material, form and grades");
        }
        for (Map.Entry<String, JsonNode> member : output.properties()) {
            String local = local(member.getKey());
            String path = name + "." + member.getKey();
            if (local != null && OUTPUT_TEXT.contains(local)) {
                text(path, member.getValue());
            } else if ("grades".equals(local)) {
                grades(path, member.getValue());
            } else {
                throw wrong(path, "is no field of an output's instance data");
            }
        }
    }

    private void grades(String name, JsonNode grades) {
        if (!grades.isObject() || grades.isEmpty()) {
            throw wrong(name, "is an object of element symbol to mass fraction, e.g. {\"" + x.prefix() + ":Nd\": \"0.853\"}");
        }
        for (Map.Entry<String, JsonNode> grade : grades.properties()) {
            String local = local(grade.getKey());
            String element = local == null ? grade.getKey() : local;
            if (!element.matches(ELEMENT)) {
                throw wrong(name + "." + grade.getKey(), "is not an element symbol such as " + x.prefix() + ":Nd");
            }
            BigDecimal fraction = decimal(name + "." + grade.getKey(), grade.getValue());
            if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                throw wrong(name + "." + grade.getKey(), "is a mass fraction from 0 to 1");
            }
        }
    }

    private void text(String name, JsonNode value) {
        if (!value.isString() || value.asString().isBlank()) {
            throw wrong(name, "is a non-empty string");
        }
    }

    private void bool(String name, JsonNode value) {
        boolean text = value.isString() && value.asString().strip().matches("true|false");
        if (!value.isBoolean() && !text) {
            throw wrong(name, "is true or false, as a JSON boolean or the text of an XML element");
        }
    }

    private BigDecimal decimal(String name, JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isString() && value.asString().strip().matches("-?\\d{1,20}(\\.\\d{1,20})?")) {
            return new BigDecimal(value.asString().strip());
        }
        throw wrong(name, "is a decimal number, as a JSON number or a string such as \"0.853\"");
    }

    /** The local name of a key in Mizan's namespace, or null for a key in another. */
    private String local(String key) {
        return key.startsWith(x.prefix() + ":") ? key.substring(x.prefix().length() + 1) : null;
    }

    private Rejection wrong(String field, String rule) {
        return new Rejection(Rejection.Kind.MALFORMED, "epcis-invalid-extension", "Event " + event + ": " + field + " " + rule
                + " (" + MizanExtension.NAMESPACE + ")", Map.of("event", event, "field", field));
    }
}
