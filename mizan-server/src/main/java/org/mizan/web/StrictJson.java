package org.mizan.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Every JSON body is read as written: a value of the wrong JSON type is refused, never coerced (no
 * {@code "-1"} for a latitude, no {@code 123} for an identifier or a date, no {@code true} for a
 * name), and a repeated key is refused instead of the last one silently winning. (Which fields are
 * required is each request's own business: its record checks them as it is read.) Applied once, to the
 * application's mapper, so no endpoint can forget it; hand-built mappers that read outside input
 * apply it too.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    /** For each scalar type, the JSON shapes it is never read from. */
    private static final Map<LogicalType, List<CoercionInputShape>> FOREIGN = Map.of(
            LogicalType.Textual, List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean),
            LogicalType.Integer, List.of(CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Float,
                    CoercionInputShape.Boolean),
            LogicalType.Float, List.of(CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Boolean),
            LogicalType.Boolean, List.of(CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Integer,
                    CoercionInputShape.Float),
            LogicalType.DateTime, List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.EmptyString),
            LogicalType.Enum, List.of(CoercionInputShape.Integer, CoercionInputShape.EmptyString));

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return StrictJson::apply;
    }

    /** A plain mapper with the same strictness, for code that reads outside input without Spring. */
    public static JsonMapper mapper() {
        return apply(JsonMapper.builder()).build();
    }

    /** Makes a builder strict; returns it for chaining. */
    public static JsonMapper.Builder apply(JsonMapper.Builder builder) {
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        FOREIGN.forEach((type, shapes) -> builder.withCoercionConfig(type, config -> {
            shapes.forEach(shape -> config.setCoercion(shape, CoercionAction.Fail));
            config.setAcceptBlankAsEmpty(false);
        }));
        return builder;
    }
}
