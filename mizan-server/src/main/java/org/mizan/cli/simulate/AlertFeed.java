package org.mizan.cli.simulate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Reads alerts over the API once evaluation has caught up, keeping those about one simulation's sites. */
public final class AlertFeed {

    private final MizanClient client;
    private final String key;

    public AlertFeed(MizanClient client, String key) {
        this.client = client;
        this.key = key;
    }

    /** Waits until the server has evaluated every committed event, or the timeout passes. */
    public void awaitEvaluation(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!client.get("/api/v1/oversight/progress", key).path("caughtUp").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Evaluation has not caught up after " + timeout);
            }
            Thread.sleep(500);
        }
    }

    public List<DetectionReport.Raised> alerts(String prefix) {
        List<DetectionReport.Raised> out = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = client.get("/api/v1/alerts?limit=1000" + (after == null ? "" : "&after=" + after), key);
            for (JsonNode a : page.get("alerts")) {
                if (strings(a.path("subject").path("sites")).stream().anyMatch(s -> s.startsWith(prefix + "-"))) {
                    out.add(new DetectionReport.Raised(a.get("rule").asString(), strings(a.path("evidence").path("eventIds")),
                            strings(a.path("subject").path("licences"))));
                }
            }
            after = page.has("next") ? page.get("next").asString() : null;
        } while (after != null);
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
