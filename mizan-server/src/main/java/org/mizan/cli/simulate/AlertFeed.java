package org.mizan.cli.simulate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/** Reads alerts over the API once evaluation has caught up, keeping those about one simulation's sites or licences. */
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

    /**
     * Waits until the fiscal rules' sweep has judged what was posted: until the simulation's alerts, counted
     * finding by finding, have not changed for {@code quiet} (make it longer than two of the server's sweeps).
     */
    public void awaitQuiet(String prefix, Duration quiet, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long since = System.nanoTime();
        long findings = findings(prefix);
        while (System.nanoTime() - since < quiet.toNanos()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The alerts were still changing after " + timeout + "; the fiscal sweep may be slower than "
                        + quiet + ": wait longer");
            }
            Thread.sleep(Math.max(200, quiet.toMillis() / 5));
            long now = findings(prefix);
            if (now != findings) {
                findings = now;
                since = System.nanoTime();
            }
        }
    }

    private long findings(String prefix) {
        long[] total = {0};
        pages(prefix, a -> total[0] += Math.max(1, a.path("occurrences").asInt(1)));
        return total[0];
    }

    public List<DetectionReport.Raised> alerts(String prefix) {
        List<DetectionReport.Raised> out = new ArrayList<>();
        pages(prefix, a -> occurrences(a).forEach(eventIds -> out.add(new DetectionReport.Raised(a.get("rule").asString(), eventIds,
                strings(a.path("subject").path("licences"))))));
        return out;
    }

    /** Every alert whose subject names a site or a licence of the simulation. */
    private void pages(String prefix, Consumer<JsonNode> each) {
        String after = null;
        do {
            JsonNode page = client.get("/api/v1/alerts?limit=1000" + (after == null ? "" : "&after=" + after), key);
            for (JsonNode a : page.get("alerts")) {
                if (strings(a.path("subject").path("sites")).stream().anyMatch(s -> s.startsWith(prefix + "-"))
                        || strings(a.path("subject").path("licences")).stream().anyMatch(l -> l.startsWith(prefix.toUpperCase() + "-"))) {
                    each.accept(a);
                }
            }
            after = page.has("next") ? page.get("next").asString() : null;
        } while (after != null);
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
