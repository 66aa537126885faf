package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Reads back the server's royalty assessments of each simulated licence and counts those whose amount is not
 * the one the company paid against: a regime or price changed between the two, or an incentive applied,
 * and the royalty labels would no longer say what the server will find.
 */
final class AssessmentCheck {

    private final MizanClient client;
    private final String key;

    AssessmentCheck(MizanClient client, String key) {
        this.client = client;
        this.key = key;
    }

    /** Waits until the server has assessed every committed event, or the timeout passes. */
    void awaitAssessed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode progress = client.get("/api/v1/fiscal/assessments?limit=1", key).path("progress");
            if (progress.path("assessedThrough").asLong() >= progress.path("committedThrough").asLong()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Royalty assessment has not caught up after " + timeout);
            }
            Thread.sleep(500);
        }
    }

    /** How many of the royalties the server assessed otherwise, or not at all. */
    int differences(List<Royalty> owed) {
        Map<String, BigDecimal> assessed = new HashMap<>();
        owed.stream().map(Royalty::licence).distinct().forEach(licence -> {
            long after = -1;
            for (JsonNode page = page(licence, after); page.size() > 0; page = page(licence, after)) {
                for (JsonNode a : page) {
                    JsonNode due = a.path("assessment").path("figures").path("duePkr");
                    if (!due.isMissingNode()) {
                        assessed.put(a.path("assessment").path("eventId").asString(), new BigDecimal(due.asString()));
                    }
                    after = a.get("logIndex").asLong();
                }
            }
        });
        return (int) owed.stream().filter(r -> assessed.get(r.eventId()) == null || assessed.get(r.eventId()).compareTo(r.duePkr()) != 0)
                .count();
    }

    private JsonNode page(String licence, long after) {
        return client.get("/api/v1/fiscal/assessments?limit=1000&licence=" + licence + "&after=" + after, key).path("assessments");
    }
}
