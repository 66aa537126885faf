package org.mizan.epcis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bundled mineral-chain EPCIS documents, in capture order, with the party that captures each. */
final class MineralChain {

    record Step(String document, String actor) {

        byte[] json() {
            return resource(document + ".jsonld");
        }

        byte[] xml() {
            return resource(document + ".xml");
        }
    }

    private MineralChain() {
    }

    static List<Step> steps() {
        JsonNode chain = JsonMapper.builder().build().readTree(resource("chain.json"));
        List<Step> steps = new ArrayList<>();
        chain.get("documents").forEach(d -> steps.add(new Step(d.get("document").asString(), d.get("actor").asString())));
        return steps;
    }

    static byte[] resource(String name) {
        try (InputStream in = MineralChain.class.getResourceAsStream("/epcis/mineral-chain/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No mineral-chain resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
