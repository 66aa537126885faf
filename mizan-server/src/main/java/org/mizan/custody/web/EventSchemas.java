package org.mizan.custody.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.type.TypeReference;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;

/**
 * The event bodies in the OpenAPI document. The controller takes a JSON tree (so that a wrong type is refused
 * naming its field, not by a generic binding error), which springdoc could only describe as a free-form object;
 * the bundled schemas ({@code custody/event-schemas.json}) say what {@code EventJson} reads, and a test holds the
 * two to the same fields.
 */
@Configuration(proxyBeanMethods = false)
class EventSchemas {

    static final String RESOURCE = "/custody/event-schemas.json";
    private static final String EVENTS = "/api/v1/events";

    @Bean
    OpenApiCustomizer mizanEventBodies() {
        Map<String, Schema<?>> schemas = load();
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            schemas.forEach(api.getComponents()::addSchemas);
            PathItem path = api.getPaths() == null ? null : api.getPaths().get(EVENTS);
            Operation post = path == null ? null : path.getPost();
            if (post != null) {
                post.setRequestBody(new RequestBody().required(true).description("One event or a batch of events")
                        .content(new Content().addMediaType("application/json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/EventsBody")))));
            }
        };
    }

    private static Map<String, Schema<?>> load() {
        try (InputStream in = EventSchemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The event schemas " + RESOURCE + " are not bundled");
            }
            return new LinkedHashMap<>(Json31.mapper().readValue(in, new TypeReference<Map<String, Schema<?>>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled event schemas are unreadable", e);
        }
    }
}
