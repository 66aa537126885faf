package org.mizan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.mizan.contracts.Commitment;
import org.mizan.contracts.CommitmentEvidence;
import org.mizan.contracts.Contract;
import org.mizan.contracts.Contracts;
import org.mizan.contracts.EvidenceClaim;
import org.mizan.contracts.Obligation;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's contract register, after the registry and custody chain are loaded: the Chagai lease with its text,
 * a community fund paid short in 2025-26 (overdue) and a hiring quota reported below its share, and the
 * September 2025 FWO-USSM memoranda as an illustrative commitment whose first shipment is the October export.
 */
@Component
@Order(12)
@ConditionalOnProperty(name = "mizan.demo.enabled", havingValue = "true")
class DemoContracts implements ApplicationRunner {

    private final Contracts contracts;
    private final JsonMapper json;

    DemoContracts(Contracts contracts, JsonMapper json) {
        this.contracts = contracts;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!contracts.files().isEmpty()) {
            return;
        }
        JsonNode demo = read();
        for (JsonNode c : demo.get("contracts")) {
            Contract contract = json.treeToValue(c, Contract.class);
            contracts.register(DemoData.LOADER, contract);
            contracts.attach(DemoData.LOADER, contract.id(), "text/plain", demo.get("text").asString().getBytes(StandardCharsets.UTF_8));
        }
        for (JsonNode o : demo.get("obligations")) {
            contracts.addObligation(DemoData.LOADER, json.treeToValue(o, Obligation.class));
        }
        String lease = demo.get("contracts").get(0).get("id").asString();
        for (JsonNode e : demo.get("evidence")) {
            contracts.evidence(DemoData.LOADER, lease, e.get("obligation").asString(), json.treeToValue(e.get("claim"), EvidenceClaim.class));
        }
        for (JsonNode c : demo.get("commitments")) {
            contracts.registerCommitment(DemoData.LOADER, json.treeToValue(c, Commitment.class));
        }
        for (JsonNode e : demo.get("commitmentEvidence")) {
            contracts.commitmentEvidence(DemoData.LOADER, json.treeToValue(e, CommitmentEvidence.class));
        }
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource("demo/contracts.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("demo/contracts.json is missing from the build", e);
        }
    }
}
