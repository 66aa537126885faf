package org.mizan.contracts.ocds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundled OCDS 1.1.5 package schemas (draft-04), with the Location extension merged into the release schema
 * as a JSON Merge Patch (RFC 7386), the way OCDS applies extensions. The schemas name one another by their
 * standard.open-contracting.org ids; those ids are served from the bundle, so validation needs no network.
 * OCDS's own keywords (codelist, openCodelist, mergeStrategy ...) are unknown to draft-04 and only annotate.
 */
public final class OcdsSchema {

    static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Schema releasePackage;
    private final Schema recordPackage;

    public OcdsSchema() {
        Map<String, String> schemas = new HashMap<>();
        ObjectNode release = (ObjectNode) JSON.readTree(text("release-schema.json"));
        merge(release, JSON.readTree(text("location/release-schema.json")));
        schemas.put(BASE + "release-schema.json", JSON.writeValueAsString(release));
        for (String name : List.of("release-package-schema.json", "record-package-schema.json", "versioned-release-validation-schema.json")) {
            schemas.put(BASE + name, text(name));
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, b -> b.schemas(schemas));
        releasePackage = registry.getSchema(SchemaLocation.of(BASE + "release-package-schema.json"));
        recordPackage = registry.getSchema(SchemaLocation.of(BASE + "record-package-schema.json"));
    }

    /** The first violations of a release package, empty when it conforms. */
    public List<String> releasePackageErrors(JsonNode document) {
        return messages(releasePackage.validate(document));
    }

    public List<String> recordPackageErrors(JsonNode document) {
        return messages(recordPackage.validate(document));
    }

    /** Refuses to publish a release package that does not conform: a bug of ours, never the client's. */
    public void requireValidReleasePackage(JsonNode document) {
        List<String> errors = releasePackageErrors(document);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("An OCDS release Mizan built does not conform to the schema: " + errors);
        }
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().limit(20).map(e -> (e.getInstanceLocation() == null ? "$" : e.getInstanceLocation().toString())
                + ": " + e.getMessage()).toList();
    }

    /** RFC 7386: members of the patch replace or, when both are objects, merge into the target; null removes. */
    static void merge(ObjectNode target, JsonNode patch) {
        patch.properties().forEach(e -> {
            JsonNode existing = target.get(e.getKey());
            if (e.getValue().isNull()) {
                target.remove(e.getKey());
            } else if (existing != null && existing.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) existing, e.getValue());
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }

    private static String text(String name) {
        try (InputStream in = OcdsSchema.class.getResourceAsStream("/contracts/ocds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The bundled OCDS file " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
