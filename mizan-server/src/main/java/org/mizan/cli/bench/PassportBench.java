package org.mizan.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mizan.log.note.VerifierKey;
import org.mizan.log.passport.PassportReport;
import org.mizan.log.passport.PassportVerifier;

import tools.jackson.databind.json.JsonMapper;

/**
 * (g) A passport whose chain holds {@code events} events: 100-kg ore lots mined at Chagai, floated
 * 100 at a time into concentrate, each concentrate dispatched to the export yard and received there,
 * a few write-offs, one export. Times assembly over HTTP (baseline: the consignment view of the same
 * consignment) and offline verification (baseline: parsing the file).
 */
public final class PassportBench {

    private static final int GROUP = 100;

    public record Result(int events, int lines, long bytes, Latencies consignmentView, Latencies assembly, Latencies parse,
            Latencies verify) {
    }

    private final URI base;
    private final String fwoKey;
    private final String operatorKey;
    private final String run;
    private final int events;
    private final int runs;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    public PassportBench(URI base, String fwoKey, String operatorKey, String run, int events, int runs) {
        this.base = base;
        this.fwoKey = fwoKey;
        this.operatorKey = operatorKey;
        this.run = run;
        this.events = events;
        this.runs = runs;
    }

    public Result run() throws Exception {
        PassportChain chain = PassportChain.of(run, events, GROUP);
        for (List<String> batch : chain.batches(1000)) {
            HttpResponse<String> posted = send(HttpRequest.newBuilder(base.resolve("/api/v1/events")).header("Authorization", "Bearer " + fwoKey)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"events\":[" + String.join(",", batch) + "]}")));
            if (posted.statusCode() != 201 && posted.statusCode() != 200) {
                throw new IllegalStateException("POST answered " + posted.statusCode() + ": " + posted.body());
            }
        }
        awaitOversight();
        String path = "/api/v1/consignments/" + chain.consignment();
        Latencies view = time(() -> get(path));
        String[] document = new String[1];
        Latencies assembly = time(() -> document[0] = get(path + "/passport"));
        VerifierKey key = VerifierKey.parse(get("/log/key").strip());
        Map<?, ?>[] parsed = new Map<?, ?>[1];
        Latencies parse = time(() -> parsed[0] = json.readValue(document[0], Map.class));
        PassportReport[] report = new PassportReport[1];
        Latencies verify = time(() -> report[0] = PassportVerifier.verify(parsed[0], key));
        if (!report[0].passed()) {
            throw new IllegalStateException("the benchmark passport does not verify: " + report[0].firstFailure());
        }
        int stepCount = ((List<?>) ((Map<?, ?>) parsed[0].get("chain")).get("steps")).size();
        return new Result(stepCount, ((List<?>) parsed[0].get("lines")).size(), document[0].getBytes(StandardCharsets.UTF_8).length,
                view, assembly, parse, verify);
    }

    /**
     * A passport brings oversight up to date (within a budget) before it lists alerts: timed while
     * oversight still works through the earlier benchmarks' events, assembly would measure that backlog.
     */
    private void awaitOversight() throws Exception {
        long started = System.nanoTime();
        long deadline = started + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        Map<?, ?> progress = json.readValue(get("/api/v1/oversight/progress"), Map.class);
        while (!Boolean.TRUE.equals(progress.get("caughtUp")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            progress = json.readValue(get("/api/v1/oversight/progress"), Map.class);
        }
        System.out.printf(Locale.ROOT, "(g) oversight evaluated through %s after %.1f s (caught up: %s, set aside: %s)%n",
                progress.get("evaluatedSeq"), (System.nanoTime() - started) / 1e9, progress.get("caughtUp"), progress.get("setAside"));
    }

    private interface Step {
        void run() throws Exception;
    }

    private Latencies time(Step step) throws Exception {
        double[] millis = new double[runs];
        for (int i = -2; i < runs; i++) {
            long started = System.nanoTime();
            step.run();
            if (i >= 0) {
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        return Latencies.of(millis);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + operatorKey));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The events of the benchmark chain, in the API's JSON form, in an order custody accepts. */
    record PassportChain(String consignment, List<String> events) {

        static PassportChain of(String run, int total, int group) {
            // total = ores + 3 per group (process, dispatch, receipt) + write-offs + 1 export, with ores = groups * group.
            int groups = (total - 1) / (group + 3);
            int writeOffs = total - 1 - groups * (group + 3);
            if (groups < 1 || writeOffs > groups) {
                throw new IllegalArgumentException("cannot lay out a chain of " + total + " events in groups of " + group);
            }
            OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusDays(30);
            String consignment = "PK-EXP-BENCH-" + run;
            List<String> events = new ArrayList<>();
            List<String> concentrates = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                List<String> inputs = new ArrayList<>();
                for (int i = 0; i < group; i++) {
                    String lot = String.format(Locale.ROOT, "BENCH-%s-ORE-%03d-%03d", run, g, i);
                    events.add(String.format(Locale.ROOT, "{\"eventId\":\"pb-%s-x-%d-%d\",\"type\":\"extracted\",\"time\":\"%s\","
                            + "\"lot\":\"%s\",\"site\":\"chagai-copper-pit\",\"material\":\"cu-ore\",\"form\":\"ore\",\"massKg\":\"100\","
                            + "\"grades\":{\"Cu\":\"0.00%d\"},\"location\":{\"lat\":29.1,\"lon\":62.05}}", run, g, i, t0, lot, 4 + i % 3));
                    inputs.add("{\"lot\":\"" + lot + "\",\"massKg\":\"100\"}");
                }
                String conc = String.format(Locale.ROOT, "BENCH-%s-CON-%03d", run, g);
                concentrates.add(conc);
                events.add(String.format(Locale.ROOT, "{\"eventId\":\"pb-%s-p-%d\",\"type\":\"processed\",\"time\":\"%s\",\"site\":\"chagai-copper-pit\","
                        + "\"process\":\"flotation\",\"inputs\":[%s],\"outputs\":[{\"lot\":\"%s\",\"material\":\"cu-concentrate\","
                        + "\"form\":\"concentrate\",\"massKg\":\"180\",\"grades\":{\"Cu\":\"0.27\"}}]}", run, g, t0.plusHours(1),
                        String.join(",", inputs), conc));
                events.add(String.format(Locale.ROOT, "{\"eventId\":\"pb-%s-d-%d\",\"type\":\"dispatched\",\"time\":\"%s\",\"lot\":\"%s\","
                        + "\"from\":\"chagai-copper-pit\",\"to\":\"fwo-export-yard\",\"permit\":{\"number\":\"BA-TP-B-%d\",\"vehicle\":\"LES-%d\","
                        + "\"vehicleClass\":\"N3 articulated truck\",\"maxPayloadKg\":\"40000\",\"validFrom\":\"%s\",\"validUntil\":\"%s\"}}",
                        run, g, t0.plusHours(2), conc, g, g, t0.plusHours(2), t0.plusDays(5)));
                events.add(String.format(Locale.ROOT, "{\"eventId\":\"pb-%s-r-%d\",\"type\":\"received\",\"time\":\"%s\",\"lot\":\"%s\","
                        + "\"site\":\"fwo-export-yard\",\"massKg\":\"179.5\"}", run, g, t0.plusDays(3), conc));
                if (g < writeOffs) {
                    events.add(String.format(Locale.ROOT, "{\"eventId\":\"pb-%s-l-%d\",\"type\":\"lost\",\"time\":\"%s\",\"lot\":\"%s\","
                            + "\"massKg\":\"0.5\",\"reason\":\"spillage at the yard\"}", run, g, t0.plusDays(4), conc));
                }
            }
            events.add(String.format(Locale.ROOT, "{\"eventId\":\"pb-%s-e\",\"type\":\"exported\",\"time\":\"%s\",\"consignment\":\"%s\","
                    + "\"lots\":[%s],\"port\":\"fwo-export-yard\",\"buyer\":\"usm\",\"destinationCountry\":\"US\",\"declaredValueUsd\":\"1.00\"}",
                    run, t0.plusDays(10), consignment, String.join(",", concentrates.stream().map(c -> "\"" + c + "\"").toList())));
            return new PassportChain(consignment, events);
        }

        List<List<String>> batches(int size) {
            List<List<String>> out = new ArrayList<>();
            for (int i = 0; i < events.size(); i += size) {
                out.add(events.subList(i, Math.min(events.size(), i + size)));
            }
            return out;
        }
    }
}
