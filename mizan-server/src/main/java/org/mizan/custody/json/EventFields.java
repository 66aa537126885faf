package org.mizan.custody.json;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.mizan.kernel.Mass;
import org.mizan.kernel.Rejection;

import tools.jackson.databind.JsonNode;
import org.mizan.custody.book.TimePrecisionPolicy;

/**
 * One JSON object of an event body, read strictly: a closed set of fields, each of exactly one JSON
 * type. A field of the wrong shape (a number for an identifier, an object for a lot, a null, a huge
 * exponent) is a malformed request (400) naming the field by its path, e.g. {@code inputs[1].massKg};
 * a well-formed value the domain cannot accept stays the event's own refusal (422).
 */
record EventFields(JsonNode node, String path) {

    /** Plain decimals only: an exponent could ask for a billion digits when the value is printed. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,18})?");

    static EventFields root(JsonNode node, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw malformed("wrong-type", "An event is a JSON object", "event");
        }
        return new EventFields(node, "").closed(allowed);
    }

    String text(String field) {
        JsonNode value = required(field);
        if (!value.isString()) {
            throw wrongType(field, "a string");
        }
        return value.asString();
    }

    double number(String field) {
        JsonNode value = required(field);
        // numberValue(), not asDouble(): Jackson refuses to narrow a 400-digit integer, which is this refusal too.
        double number = value.isNumber() ? value.numberValue().doubleValue() : Double.NaN;
        if (!Double.isFinite(number)) {
            throw wrongType(field, "a finite JSON number");
        }
        return number;
    }

    Mass mass(String field) {
        String kilograms = text(field);
        try {
            return Mass.ofKilograms(kilograms);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "Field " + name(field) + " is a decimal string of kilograms, e.g. \"1250.5\": " + e.getMessage());
        }
    }

    /** A mass that may be absent; present, it is read as {@link #mass} reads one. */
    Optional<Mass> optionalMass(String field) {
        return present(field) ? Optional.of(mass(field)) : Optional.empty();
    }

    /** A string that may be absent; present, it is read as {@link #text} reads one (a number is the wrong type). */
    Optional<String> optionalText(String field) {
        return present(field) ? Optional.of(text(field)) : Optional.empty();
    }

    /** Whether an optional field is given; a JSON null counts as absent, as it does for every optional field. */
    boolean present(String field) {
        return node.hasNonNull(field);
    }

    /** A JSON boolean that may be absent; a string such as {@code "yes"} is the wrong type, never read as one. */
    Optional<Boolean> optionalBoolean(String field) {
        if (!node.hasNonNull(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            throw wrongType(field, "true or false");
        }
        return Optional.of(value.booleanValue());
    }

    BigDecimal decimal(String field) {
        String text = text(field);
        if (!DECIMAL.matcher(text).matches()) {
            throw invalid(field, "Field " + name(field) + " is a plain decimal string, e.g. \"125000.50\", got " + Rejection.quote(text));
        }
        return new BigDecimal(text);
    }

    OffsetDateTime time(String field) {
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(text(field));
        } catch (DateTimeParseException e) {
            throw invalid(field, "Field " + name(field) + " must be an ISO-8601 time with offset, e.g. 2025-10-01T09:30:00+05:00");
        }
        if (!TimePrecisionPolicy.kept(time)) {
            throw TimePrecisionPolicy.refusal(name(field));
        }
        return time;
    }

    /** A nested object with its own closed set of fields. */
    EventFields object(String field, Set<String> allowed) {
        JsonNode value = required(field);
        if (!value.isObject()) {
            throw wrongType(field, "an object");
        }
        return new EventFields(value, name(field)).closed(allowed);
    }

    /** An optional object whose fields are open (e.g. element symbols), each a string. */
    List<Map.Entry<String, String>> textsByName(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isObject()) {
            throw wrongType(field, "an object");
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            if (!e.getValue().isString()) {
                throw malformed("wrong-type", "Field " + name(field) + "." + e.getKey() + " must be a string", name(field) + "." + e.getKey());
            }
            entries.add(Map.entry(e.getKey(), e.getValue().asString()));
        }
        return entries;
    }

    /** A non-empty array of objects, each with its own closed set of fields. */
    List<EventFields> objects(String field, Set<String> allowed) {
        List<EventFields> elements = new ArrayList<>();
        JsonNode array = array(field);
        for (int i = 0; i < array.size(); i++) {
            EventFields element = new EventFields(array.get(i), name(field) + "[" + i + "]");
            if (!array.get(i).isObject()) {
                throw malformed("wrong-type", "Field " + element.path + " must be an object", element.path);
            }
            elements.add(element.closed(allowed));
        }
        return elements;
    }

    /** A non-empty array of strings. */
    List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        JsonNode array = array(field);
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isString()) {
                String at = name(field) + "[" + i + "]";
                throw malformed("wrong-type", "Field " + at + " must be a string", at);
            }
            texts.add(array.get(i).asString());
        }
        return texts;
    }

    /** Builds a value object from this object's fields; a value it refuses is the event's refusal, naming the field. */
    <T> T value(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (Rejection r) {
            throw r.properties().containsKey("field") ? r : r.with("field", name(field));
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw invalid(field, "Field " + name(field) + ": " + e.getMessage());
        }
    }

    String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    Rejection invalid(String field, String detail) {
        return Rejection.invalid("invalid-event", detail).with("field", name(field));
    }

    private JsonNode array(String field) {
        JsonNode value = required(field);
        if (!value.isArray() || value.isEmpty()) {
            throw wrongType(field, "a non-empty array");
        }
        return value;
    }

    private EventFields closed(Set<String> allowed) {
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext();) {
            String field = names.next();
            if (!allowed.contains(field)) {
                throw malformed("unknown-field", (path.isEmpty() ? "The event" : path) + " has no field " + Rejection.quote(field),
                        name(field));
            }
        }
        return this;
    }

    private JsonNode required(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw malformed("missing-field", "Field " + name(field) + " is required", name(field));
        }
        return value;
    }

    private Rejection wrongType(String field, String expected) {
        return malformed("wrong-type", "Field " + name(field) + " must be " + expected, name(field));
    }

    private static Rejection malformed(String type, String detail, String field) {
        return new Rejection(Rejection.Kind.MALFORMED, type, detail, Map.of("field", field));
    }
}
