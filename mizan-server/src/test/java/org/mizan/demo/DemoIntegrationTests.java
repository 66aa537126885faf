package org.mizan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TestPropertySource(properties = "mizan.demo.enabled=true")
class DemoIntegrationTests extends HttpIntegrationTest {

    @Value("${mizan.data-dir}")
    Path dataDir;

    private Map<String, String> demoKeys() throws IOException {
        JsonNode keys = JsonMapper.builder().build().readTree(Files.readString(dataDir.resolve("demo-keys.json")));
        var out = new java.util.LinkedHashMap<String, String>();
        keys.properties().stream().filter(e -> e.getValue().isString()).forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return out;
    }

    @Autowired
    JdbcClient jdbc;

    /**
     * The log commits to each event's stored body, so the demo chain's bodies are pinned byte for byte
     * (as PostgreSQL prints the stored jsonb, in sequence order): a change to how events are read,
     * built or written that alters one stored byte alters a commitment, and fails here first. Set
     * {@code -Dmizan.demo.write-bodies=<file>} to write the file after a deliberate change of format.
     */
    @Test
    void storesTheDemoChainsEventBodiesExactlyAsPinned() throws IOException {
        List<String> stored = jdbc.sql("select event_id || ' ' || body::text from custody_event order by seq")
                .query(String.class).list();
        String written = System.getProperty("mizan.demo.write-bodies");
        if (written != null) {
            Files.write(Path.of(written), stored);
        }
        List<String> pinned;
        try (var in = getClass().getResourceAsStream("/demo/custody-event-bodies.txt")) {
            pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(pinned).hasSizeGreaterThan(10);
        // Other test classes may add events after the demo's in the shared database; the demo's come first.
        assertThat(stored.subList(0, Math.min(stored.size(), pinned.size()))).containsExactlyElementsOf(pinned);
    }

    @Test
    void writesOneWorkingKeyPerDemoPartyToAPrivateFile() throws IOException {
        Path file = dataDir.resolve("demo-keys.json");
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Map<String, String> keys = demoKeys();
        assertThat(keys).containsKeys("fwo", "usm", "balochistan-mmdd", "kp-mdd", "mizan-operator");
        // Every party of the demo's registry; other test classes that share this database register parties of their own.
        JsonNode demoRegistry;
        try (java.io.InputStream in = DemoIntegrationTests.class.getResourceAsStream("/demo/registry.json")) {
            demoRegistry = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
        }
        assertThat(demoRegistry.get("parties")).hasSizeGreaterThan(5);
        for (JsonNode party : demoRegistry.get("parties")) {
            assertThat(keys).containsKey(party.get("id").asString());
        }
        // The Balochistan regulator's key acts in Balochistan only.
        Reply suspend = api.post("/api/v1/licences/BA-ML-2022-0117/transitions", keys.get("balochistan-mmdd"),
                Api.json(Map.of("action", "suspend", "note", "demo check")));
        assertThat(suspend.status()).as(suspend.body()).isEqualTo(200);
        Reply outside = api.post("/api/v1/licences/KP-ML-2023-0042/transitions", keys.get("balochistan-mmdd"),
                Api.json(Map.of("action", "suspend", "note", "demo check")));
        assertThat(outside.status()).isEqualTo(403);
    }

    @Test
    void loadsTheThreeIllustrativeLicencesInsideTheirProvinces() {
        JsonNode licences = api.get("/api/v1/licences").json();
        assertThat(licences.findValuesAsString("number"))
                .containsExactlyInAnyOrder("BA-ML-2022-0117", "KP-ML-2023-0042", "KP-EL-2024-0007");
        Reply chagai = api.get("/api/v1/licences/at?lat=29.10&lon=62.05");
        assertThat(chagai.json().get("district").asString()).isEqualTo("Chagai");
        assertThat(chagai.json().get("licences").findValuesAsString("number")).containsExactly("BA-ML-2022-0117");
        Reply chitral = api.get("/api/v1/licences/at?lat=35.85&lon=71.79");
        assertThat(chitral.json().get("province").asString()).isEqualTo("PK-KP");
        assertThat(chitral.json().get("licences").findValuesAsString("mineral")).containsExactly("antimony");
    }

    @Test
    void registersTheSitesOfTheChainFromMineToPort() {
        JsonNode sites = api.get("/api/v1/sites").json();
        assertThat(sites.findValuesAsString("kind")).contains("mine", "plant", "warehouse", "laboratory", "port", "checkpoint");
        assertThat(api.get("/api/v1/sites/karachi-port").json().get("province").asString()).isEqualTo("PK-SD");
        assertThat(api.get("/api/v1/sites/chagai-copper-pit").json().get("licence").asString()).isEqualTo("BA-ML-2022-0117");
        assertThat(api.get("/api/v1/parties/usm").json().get("country").asString()).isEqualTo("US");
    }
}
