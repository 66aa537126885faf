package org.mizan.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.mizan.SharedData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Capture, capture jobs and reading events back, over real HTTP on PostgreSQL. */
class EpcisCaptureIntegrationTests extends EpcisIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void capturesADocumentAndReadsEachEventBackByItsId() throws IOException {
        EpcisClient epcis = client("cap-basic");
        byte[] doc = Files.readAllBytes(SharedData.path("epcis/gs1/JSON/Example_9.6.1-ObjectEvent.jsonld"));
        JsonNode job = epcis.captureJob(doc, "application/ld+json");
        assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();
        assertThat(job.get("running").asBoolean()).isFalse();
        JsonNode sent = JSON.readTree(doc).at("/epcisBody/eventList");
        JsonNode returned = epcis.query("").json().at("/epcisBody/queryResults/resultsBody/eventList");
        assertThat(returned.size()).isEqualTo(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            String id = returned.get(i).get("eventID").asString();
            EpcisClient.Response one = epcis.event(id);
            assertThat(one.status()).as(one.body()).isEqualTo(200);
            assertThat(Equivalence.same(sent.get(i), one.json())).as(one.body()).isTrue();
        }
    }
}
