package org.mizan.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.ElementSymbol;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads the catalogue shipped with the release: it changes with the software, not at run time. */
@Configuration(proxyBeanMethods = false)
class CatalogueFile {

    @Bean
    Catalogue catalogue(JsonMapper json) {
        JsonNode root;
        try (InputStream in = new ClassPathResource("registry/catalogue.json").getInputStream()) {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("registry/catalogue.json is missing from the build", e);
        }
        List<Element> elements = new ArrayList<>();
        root.get("elements").forEach(e -> elements.add(new Element(new ElementSymbol(e.get("symbol").asString()),
                e.get("name").asString(), new BigDecimal(e.get("atomicWeight").asString()))));
        List<Mineral> minerals = new ArrayList<>();
        root.get("minerals").forEach(m -> {
            List<ElementSymbol> symbols = new ArrayList<>();
            m.get("elements").forEach(s -> symbols.add(new ElementSymbol(s.asString())));
            minerals.add(new Mineral(m.get("code").asString(), m.get("name").asString(), symbols));
        });
        List<Material> materials = new ArrayList<>();
        root.get("materials").forEach(m -> materials.add(new Material(m.get("code").asString(), m.get("name").asString(),
                m.get("mineral").asString(), Form.of(m.get("form").asString()), m.get("stage").asInt(),
                new ElementSymbol(m.get("primaryElement").asString()),
                Optional.ofNullable(m.get("formula")).map(JsonNode::asString))));
        return new Catalogue(elements, minerals, materials);
    }
}
