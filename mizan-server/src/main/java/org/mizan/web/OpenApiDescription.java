package org.mizan.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's header and its security: the operations come from the controllers, and
 * which of them need a key, and of which role, from {@link ApiAccess}. Descriptions are Markdown, so
 * anything with angle brackets stands in backticks (a bare {@code <key>} reads as an HTML tag and
 * vanishes from the rendered page).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    /** The name of the security scheme that operations refer to. */
    static final String SCHEME = "apiKey";

    @Bean
    OpenAPI mizanOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Mizan API").version("v1")
                        .description("Trace critical minerals from mine to export port. Registry reads and the log are public; "
                                + "writes, and reads of custody records and alerts, need an API key sent as "
                                + "`Authorization: Bearer <key>`. An operation that needs one names the roles that may call it. "
                                + "Every error is an RFC 9457 problem.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("Mizan API key")
                        .description("An API key, issued to one party in one role by an administrator "
                                + "(`POST /api/v1/parties/{party}/keys`) and sent on every request as "
                                + "`Authorization: Bearer <key>`. The roles listed on an operation are those whose keys may call "
                                + "it; an empty list means any valid key, and the answer is then limited to what the key's "
                                + "party may see.")));
    }

    /** Puts each operation's security requirement and who may call it on the operation itself. */
    @Bean
    OpenApiCustomizer mizanOperationSecurity() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                ApiAccess.of(method.name(), path).ifPresent(rule -> secure(operation, rule))));
    }

    private static void secure(Operation operation, ApiAccess.Rule rule) {
        SecurityRequirement key = new SecurityRequirement().addList(SCHEME, rule.roles());
        operation.setSecurity(rule.need() == ApiAccess.Need.KEY ? List.of(key) : List.of(new SecurityRequirement(), key));
        String roles = rule.roles().isEmpty() ? "" : " Roles: " + String.join(", ", rule.roles()) + ".";
        String who = (rule.need() == ApiAccess.Need.KEY ? "Needs an API key: " : "An API key is optional: ") + rule.who() + "." + roles;
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        if (rule.need() == ApiAccess.Need.KEY) {
            operation.getResponses().addApiResponse("401", new ApiResponse().description("No valid API key (RFC 9457 problem)"));
        }
        if (!rule.roles().isEmpty()) {
            operation.getResponses().addApiResponse("403", new ApiResponse().description("This key's role or party may not do this (RFC 9457 problem)"));
        }
    }
}
