package org.mizan.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.kernel.Rejection;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names what is wrong with a JSON body Jackson refused, and where: a field of the wrong type, a null,
 * an unknown or a repeated field, each a 400 problem with the field's path (e.g. {@code minerals[0].mineral}).
 */
final class JsonRefusal {

    // Jackson names a repeated key only in its message.
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*?)\"");

    private JsonRefusal() {
    }

    static Rejection of(JacksonException e) {
        String path = path(e.getPath());
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            String field = path.isEmpty() ? duplicate.group(1) : path + "." + duplicate.group(1);
            return refusal("duplicate-field", "The body repeats the field " + Rejection.quote(field)
                    + "; each field may appear once", field);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path.isEmpty() ? unknown.getPropertyName() : path;
            return refusal("unknown-field", "The body has a field this API does not know: " + Rejection.quote(field), field);
        }
        if (e instanceof InvalidNullException) {
            return refusal("missing-field", "Field " + path + " must not be null", path);
        }
        // A value of the right JSON type that does not parse (a date "1st of January") is malformed, not mistyped.
        boolean unparsable = e instanceof InvalidFormatException && !String.valueOf(e.getOriginalMessage()).startsWith("Cannot coerce");
        if (e instanceof MismatchedInputException mismatch && !unparsable && !path.isEmpty()) {
            String expected = mismatch.getTargetType() == null ? "another type" : mismatch.getTargetType().getSimpleName();
            return refusal("wrong-type", "Field " + path + " has the wrong JSON type; expected " + expected
                    + ", written in its own JSON type (no quoted numbers, no numbers for text or dates)", path);
        }
        return new Rejection(Rejection.Kind.MALFORMED, "malformed-body", "The request body is not well-formed JSON of the expected shape: "
                + firstLine(e.getOriginalMessage()), path.isEmpty() ? Map.of() : Map.of("field", path));
    }

    private static Rejection refusal(String type, String detail, String field) {
        return new Rejection(Rejection.Kind.MALFORMED, type, detail, Map.of("field", field));
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
