package org.mizan.log.passport;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a published passport into {@link Passport}, strictly: a repeated key, a value of the wrong JSON type
 * (a number where the format has text, or text where it has a number), a null inside a list or map, or
 * anything after the document is refused with an {@link IllegalArgumentException} naming the field. A field
 * the format does not have is refused by {@link #read}; the verifier instead keeps it as an unverified
 * field, so that its report names it as it always has.
 */
public final class PassportReader {

    /** A passport and the leaves of the fields outside the format, by path ({@code lines[0].certifiedConflictFree}). */
    record Parsed(Passport passport, Map<String, Object> outsideFormat) {
    }

    private static final JsonMapper JSON = mapper();

    private PassportReader() {
    }

    /** The passport the JSON text states; throws IllegalArgumentException if it is not one. */
    public static Passport read(String json) {
        Parsed parsed = parse(json);
        if (!parsed.outsideFormat().isEmpty()) {
            throw new IllegalArgumentException("field " + parsed.outsideFormat().keySet().iterator().next() + " is not in the passport format");
        }
        return parsed.passport();
    }

    static Parsed parse(String json) {
        try {
            // One reading of the text; the records are bound from that tree, so both see the same document.
            Object tree = JSON.readValue(json, Object.class);
            if (!(tree instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("the document is not a JSON object");
            }
            Passport passport = JSON.convertValue(tree, Passport.class);
            Map<String, Object> outside = Leaves.of(tree);
            outside.keySet().removeAll(Leaves.of(PassportWriter.tree(passport)).keySet());
            return new Parsed(passport, outside);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("field " + path(e) + ": " + e.getOriginalMessage(), e);
        }
    }

    private static JsonMapper mapper() {
        JsonMapper.Builder builder = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Fields outside the format are found by comparing the document with what the records hold.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .withConfigOverride(Map.class, o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)));
        builder.withCoercionConfig(LogicalType.Textual, c -> List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean).forEach(shape -> c.setCoercion(shape, CoercionAction.Fail)));
        builder.withCoercionConfig(LogicalType.Integer, c -> List.of(CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Float, CoercionInputShape.Boolean).forEach(shape -> c.setCoercion(shape, CoercionAction.Fail)));
        return builder.build();
    }

    private static String path(JacksonException e) {
        String path = "";
        for (JacksonException.Reference step : e.getPath()) {
            path = step.getPropertyName() != null ? Leaves.key(path, step.getPropertyName()) : Leaves.index(path, step.getIndex());
        }
        return path.isEmpty() ? "(document)" : path;
    }
}
