package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Each licence's lease agreement, registered with the regulator and the holder as parties, with two binding
 * clauses and an investment commitment, posted as a regulator would. A community fund of PKR 1,000,000 falls due
 * on a day before {@code today}; honest holders evidence it whole in one or two documents, some on the due day
 * itself, and some owe a second tranche due today, not yet paid (the day is not over, so it is not overdue).
 * A 60 % local hiring quota falls due before {@code today}; honest holders report 60 % or more, some exactly 60.00 %
 * (120 of 200). A commitment to register a plant falls due before {@code today}; honest holders evidence it with a
 * registered plant. In {@code rate} of the licences (at least one), drawn per clause, the clause is broken: the fund paid 40 to 95 %
 * ({@code OBLIGATION_OVERDUE}), the share reported 45 to 59.5 % ({@code LOCAL_CONTENT_SHORTFALL}), the plant never
 * evidenced ({@code COMMITMENT_MILESTONE_OVERDUE}), each labelled with its licence.
 */
final class Agreements {

    private static final BigDecimal FUND = new BigDecimal("1000000");

    private final MizanClient client;
    private final String admin;
    private final LocalDate today;
    private final Random random;

    Agreements(MizanClient client, String admin, LocalDate today, Random random) {
        this.client = client;
        this.admin = admin;
        this.today = today;
        this.random = random;
    }

    List<Label> post(World world, SimulationSettings s) {
        List<Label> labels = new ArrayList<>();
        int n = world.licences.size();
        Set<Integer> brokenFunds = broken(n, s.anomalyRate());
        Set<Integer> brokenQuotas = broken(n, s.anomalyRate());
        Set<Integer> brokenCommitments = broken(n, s.anomalyRate());
        for (int i = 0; i < n; i++) {
            World.Licence l = world.licences.get(i);
            String contract = s.prefix() + "-lease-" + i;
            client.post("/api/v1/contracts", admin, contract(contract, l, world.regulator, s.year()));
            LocalDate due = today.minusDays(1 + random.nextInt(60));
            fund(contract, l, due, brokenFunds.contains(i), labels);
            quota(contract, l, due, brokenQuotas.contains(i), labels);
            commitment(s.prefix() + "-mou-" + i, l, world, due, brokenCommitments.contains(i), labels);
        }
        return labels;
    }

    /** {@code rate} of the licences, at least one, drawn at random. */
    private Set<Integer> broken(int licences, double rate) {
        List<Integer> all = new ArrayList<>(IntStream.range(0, licences).boxed().toList());
        Collections.shuffle(all, random);
        return new HashSet<>(all.subList(0, Math.max(1, (int) Math.round(licences * rate))));
    }

    private void fund(String contract, World.Licence l, LocalDate due, boolean broken, List<Label> labels) {
        boolean tranche = random.nextInt(4) == 0;
        List<Map<String, Object>> milestones = new ArrayList<>(List.of(Map.of("id", "m1", "due", due.toString(), "amount", FUND)));
        if (tranche) {
            milestones.add(Map.of("id", "m2", "due", today.toString(), "amount", FUND));
        }
        oblige(contract, "fund", "community-development-fund", "PKR", milestones);
        BigDecimal paid = broken ? FUND.multiply(BigDecimal.valueOf(40 + random.nextInt(56))).movePointLeft(2) : FUND;
        BigDecimal first = random.nextBoolean() ? paid : paid.multiply(BigDecimal.valueOf(30 + random.nextInt(41))).movePointLeft(2);
        LocalDate on = random.nextInt(3) == 0 ? due : due.minusDays(random.nextInt(90));
        document(contract, "fund", "m1", on, first);
        if (first.compareTo(paid) < 0) {
            document(contract, "fund", "m1", on, paid.subtract(first));
        }
        if (broken) {
            labels.add(new Label("OBLIGATION_OVERDUE", null, l.number()));
        }
    }

    private void quota(String contract, World.Licence l, LocalDate due, boolean broken, List<Label> labels) {
        oblige(contract, "hiring", "local-hiring-quota", "PERCENT", List.of(Map.of("id", "q1", "due", due.toString(), "amount", 60)));
        int employees = 200;
        int local = broken ? 90 + random.nextInt(30) : random.nextInt(3) == 0 ? 120 : 120 + random.nextInt(60);
        Map<String, Object> headcount = Map.of("period", due.getYear() + "-Q" + (1 + (due.getMonthValue() - 1) / 3), "employees", employees,
                "local", local, "women", random.nextInt(30), "trainees", random.nextInt(20));
        client.post("/api/v1/contracts/" + contract + "/obligations/hiring/evidence", admin,
                Map.of("milestone", "q1", "kind", "headcount", "on", due.minusDays(random.nextInt(10)).toString(), "headcount", headcount));
        if (broken) {
            labels.add(new Label("LOCAL_CONTENT_SHORTFALL", null, l.number()));
        }
    }

    private void commitment(String id, World.Licence l, World world, LocalDate due, boolean broken, List<Label> labels) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", "Beneficiation investment on " + l.number());
        body.put("parties", List.of(world.regulator, l.holder()));
        body.put("licences", List.of(l.number()));
        body.put("signed", due.minusYears(1).toString());
        body.put("headlineValue", 1_000_000 + random.nextInt(9_000_000));
        body.put("currency", "USD");
        body.put("source", "simulated");
        body.put("illustrative", true);
        body.put("plants", List.of(Map.of("name", "Concentrator", "stage", "beneficiation")));
        body.put("milestones", List.of(Map.of("id", "plant", "phase", "demonstration", "due", due.toString(),
                "description", "Concentrator registered", "evidence", "processing-site-registered")));
        client.post("/api/v1/commitments", admin, body);
        if (broken) {
            labels.add(new Label("COMMITMENT_MILESTONE_OVERDUE", null, l.number()));
        } else {
            String plant = world.plants.get(random.nextInt(world.plants.size())).id();
            client.post("/api/v1/commitments/" + id + "/evidence", admin, Map.of("milestone", "plant", "on", due.toString(), "site", plant));
        }
    }

    private void oblige(String contract, String id, String kind, String unit, List<Map<String, Object>> milestones) {
        client.post("/api/v1/contracts/" + contract + "/obligations", admin, Map.of("id", id, "kind", kind,
                "beneficiary", Map.of("district", "Khushab"), "clause", "Simulated clause " + id, "unit", unit, "milestones", milestones));
    }

    private void document(String contract, String obligation, String milestone, LocalDate on, BigDecimal amount) {
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        client.post("/api/v1/contracts/" + contract + "/obligations/" + obligation + "/evidence", admin, Map.of("milestone", milestone,
                "kind", "document", "on", on.toString(), "document", HexFormat.of().formatHex(hash), "amount", amount));
    }

    private static Map<String, Object> contract(String id, World.Licence l, String regulator, int year) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", "Lease agreement of " + l.number());
        body.put("type", "mining-agreement");
        body.put("signed", LocalDate.of(year - 2, 1, 15).toString());
        body.put("status", "active");
        body.put("parties", List.of(Map.of("party", regulator, "role", "state"), Map.of("party", l.holder(), "role", "operator")));
        body.put("licences", List.of(l.number()));
        body.put("language", "en");
        body.put("country", "PK");
        body.put("resources", List.of(l.mineral()));
        body.put("category", "Mining");
        body.put("documentType", "Contract");
        body.put("disclosure", Map.of("level", "public"));
        return body;
    }
}
