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
                    occurrences(a).forEach(eventIds -> out.add(new DetectionReport.Raised(a.get("rule").asString(), eventIds,
                            strings(a.path("subject").path("licences")))));
                }
            }
            after = page.has("next") ? page.get("next").asString() : null;
        } while (after != null);
        return out;
    }

    /**
     * The events of each finding an alert stands for. A folded alert counts as many findings as it
     * folded, so that recall and precision are judged finding by finding, as before alerts folded.
     */
    private List<List<String>> occurrences(JsonNode alert) {
        if (alert.path("occurrences").asInt(1) <= 1) {
            return List.of(strings(alert.path("evidence").path("eventIds")));
        }
        List<List<String>> out = new ArrayList<>();
        String after = "0";
        do {
            JsonNode page = client.get("/api/v1/alerts/" + alert.get("id").asString() + "/occurrences?limit=10000&after=" + after, key);
            page.get("occurrences").forEach(o -> out.add(strings(o.get("eventIds"))));
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
