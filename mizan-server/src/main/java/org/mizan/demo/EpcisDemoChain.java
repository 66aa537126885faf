package org.mizan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.mizan.epcis.Epcis;
import org.mizan.kernel.PartyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After the demo registry and custody data, captures the illustrative rare-earth chain as EPCIS 2.0
 * documents (epcis/mineral-chain), each by the party that would send it, so that custody shows a second
 * export that arrived through the EPCIS interface. Capturing again is harmless: captured events replay.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "mizan.demo.enabled", havingValue = "true")
class EpcisDemoChain implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EpcisDemoChain.class);
    private static final String DIR = "epcis/mineral-chain/";

    private final Epcis epcis;
    private final JsonMapper json;

    EpcisDemoChain(Epcis epcis, JsonMapper json) {
        this.epcis = epcis;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (JsonNode step : json.readTree(read("chain.json")).get("documents")) {
            String document = step.get("document").asString();
            Epcis.Outcome outcome = epcis.capture(new PartyId(step.get("actor").asString()), read(document + ".jsonld"),
                    "application/ld+json");
            if (!outcome.success()) {
                throw new IllegalStateException("Demo EPCIS document " + document + " was refused: " + outcome.errors());
            }
        }
        log.info("Demo EPCIS mineral chain captured (illustrative)");
    }

    private static byte[] read(String name) {
        try (InputStream in = new ClassPathResource(DIR + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(DIR + name + " is missing from the build", e);
        }
    }
}
