package org.mizan.log.passport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mizan.log.MemoryTree;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.disclosure.Commitment;
import org.mizan.log.note.Ed25519Keys;
import org.mizan.log.note.Ed25519NoteSigner;
import org.mizan.log.note.VerifierKey;

/**
 * A small chain logged in a memory tree with a seeded key, and a passport for it whose figures were
 * worked out by hand: two ores (1000 kg at 1 % Cu under L-1, 500 kg at 2 % Cu under L-2) floated into
 * 40 kg of concentrate later assayed at 25 % Cu; 200 kg at 1 % Cu under L-3 floated into 10 kg at 30 %
 * Cu, which is 3 kg of copper out of 2 kg in: a breached balance whose unexplained third is unattributed.
 */
final class PassportFixture {

    static final String LOG = "example.test/log";
    private static final byte[] SEED = new byte[Ed25519Keys.KEY_SIZE];

    static {
        new Random(7).nextBytes(SEED);
    }

    static VerifierKey key() {
        return VerifierKey.ed25519(LOG, Ed25519Keys.publicKeyFromSeed(SEED));
    }

    static List<Map<String, Object>> events() {
        return List.of(
                extracted("e1", "A", "1000", "0.01"),
                extracted("e2", "B", "500", "0.02"),
                extracted("e3", "C", "200", "0.01"),
                processed("p1", List.of(input("A", "1000"), input("B", "500")), output("K", "40", "0.3")),
                processed("p2", List.of(input("C", "200")), output("M", "10", "0.3")),
                Map.of("eventId", "a1", "type", "assayed", "time", "2025-10-03T00:00:00Z", "actor", "lab", "lot", "K", "laboratory", "lab",
                        "grades", Map.of("Cu", "0.25"), "certificate", "LAB-1"),
                Map.of("eventId", "x1", "type", "exported", "time", "2025-10-04T00:00:00Z", "actor", "exporter", "consignment", "X-1",
                        "lots", List.of("K", "M"), "port", "port", "buyer", "b", "destinationCountry", "US", "declaredValueUsd", "1.00"));
    }

    private record Logged(String checkpoint, List<Object> disclosed) {
    }

    /** The events as entries of a memory log after {@code padding} unrelated ones, with salts, proofs and a signed checkpoint. */
    private static Logged logged(List<Map<String, Object>> events, int padding) {
        Random random = new Random(11);
        MemoryTree tree = new MemoryTree();
        for (int i = 0; i < padding; i++) {
            tree.append(("unrelated " + i).getBytes(StandardCharsets.UTF_8));
        }
        List<byte[]> salts = new ArrayList<>();
        for (Map<String, Object> event : events) {
            byte[] salt = new byte[Commitment.SALT_BYTES];
            random.nextBytes(salt);
            salts.add(salt);
            tree.append(Commitment.of(salt, event));
        }
        Checkpoint checkpoint = new Checkpoint(LOG, tree.size(), tree.rootHash());
        List<Object> disclosed = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            long index = padding + i;
            disclosed.add(map("eventId", events.get(i).get("eventId"), "index", index,
                    "salt", Base64.getEncoder().encodeToString(salts.get(i)),
                    "inclusionProof", new ArrayList<>(tree.proofs().inclusionProof(index, tree.size()).stream()
                            .map(h -> Base64.getEncoder().encodeToString(h)).toList()),
                    "event", new LinkedHashMap<>(events.get(i))));
        }
        return new Logged(new String(checkpoint.sign(List.of(new Ed25519NoteSigner(LOG, SEED))).toBytes(), StandardCharsets.UTF_8),
                disclosed);
    }

    /** The passport for {@link #events()}, logged after {@code padding} unrelated entries. */
    static Map<String, Object> passport(int padding) {
        List<Map<String, Object>> events = events();
        Logged logged = logged(events, padding);
        String note = logged.checkpoint();
        List<Object> disclosed = logged.disclosed();
        Map<String, Object> facts = map("extractedUnder", map("A", "L-1", "B", "L-2", "C", "L-3"),
                "licences", map("L-1", map("district", "Chagai", "province", "PK-BA"), "L-2", map("district", "Chagai", "province", "PK-BA"),
                        "L-3", map("district", "Chitral", "province", "PK-KP")),
                "primaryElements", map("cu-ore", "Cu", "cu-concentrate", "Cu"), "elementTolerance", "0.02");
        return map("format", "mizan-passport/v1", "passportIdentifier", "X-1",
                "lines", new ArrayList<>(List.of(
                        map("lot", "K", "netMassKg", "40", "containedKg", map("Cu", "10")),
                        map("lot", "M", "netMassKg", "10", "containedKg", map("Cu", "3")))),
                "totals", map("netMassKg", "50", "containedKg", map("Cu", "13")),
                "origin", map("byLicence", map("L-1", "0.4", "L-2", "0.4", "L-3", "0.133333333333", "unattributed", "0.066666666667"),
                        "byDistrict", map("Chagai", "0.8", "Chitral", "0.133333333333", "unattributed", "0.066666666667"),
                        "byProvince", map("PK-BA", "0.8", "PK-KP", "0.133333333333", "unattributed", "0.066666666667"),
                        "unattributedShare", "0.066666666667"),
                "chain", map("steps", new ArrayList<>(events.stream().map(e -> map("eventId", e.get("eventId"))).toList())),
                "evidence", map("checkpoint", note, "events", disclosed, "registryFacts", facts));
    }

    /**
     * Three 100 kg lots at 1 % Cu, one from each of three licences, exported as they are: licence L-1 in
     * district East, L-2 and L-3 in district West. Each licence holds a third; rounded to 12 decimals with
     * the remainder on the first, L-1 gets 0.333333333334 and the others 0.333333333333 each. West is then
     * 0.666666666666 as the sum of its rounded licence shares, but 0.666666666667 rounded from the exact
     * two thirds: the passport states {@code west}.
     */
    static Map<String, Object> thirds(String west) {
        List<Map<String, Object>> events = List.of(extracted("t1", "T1", "100", "0.01"), extracted("t2", "T2", "100", "0.01"),
                extracted("t3", "T3", "100", "0.01"),
                map("eventId", "x3", "type", "exported", "time", "2025-10-04T00:00:00Z", "actor", "exporter", "consignment", "X-3",
                        "lots", List.of("T1", "T2", "T3"), "port", "port", "buyer", "b", "destinationCountry", "US",
                        "declaredValueUsd", "1.00"));
        Logged logged = logged(events, 2);
        String east = BigDecimal.ONE.subtract(new BigDecimal(west)).toPlainString();
        List<Object> lines = new ArrayList<>();
        for (String lot : List.of("T1", "T2", "T3")) {
            lines.add(map("lot", lot, "netMassKg", "100", "containedKg", map("Cu", "1")));
        }
        Map<String, Object> facts = map("extractedUnder", map("T1", "L-1", "T2", "L-2", "T3", "L-3"),
                "licences", map("L-1", map("district", "East", "province", "PK-A"), "L-2", map("district", "West", "province", "PK-B"),
                        "L-3", map("district", "West", "province", "PK-B")),
                "primaryElements", map("cu-ore", "Cu"), "elementTolerance", "0.02");
        return map("format", "mizan-passport/v1", "passportIdentifier", "X-3", "lines", lines,
                "totals", map("netMassKg", "300", "containedKg", map("Cu", "3")),
                "origin", map("byLicence", map("L-1", "0.333333333334", "L-2", "0.333333333333", "L-3", "0.333333333333"),
                        "byDistrict", map("East", east, "West", west), "byProvince", map("PK-A", east, "PK-B", west),
                        "unattributedShare", "0"),
                "chain", map("steps", new ArrayList<>(events.stream().map(e -> map("eventId", e.get("eventId"))).toList())),
                "evidence", map("checkpoint", logged.checkpoint(), "events", logged.disclosed(), "registryFacts", facts));
    }

    /**
     * 100 kg at 1 % Cu extracted under L-1 as lot S; 40 kg of it dispatched as the new lot S-T1, received in full at
     * the port and exported: the line is 40 kg and 0.4 kg Cu, wholly from L-1.
     */
    static Map<String, Object> split(String netMassKg) {
        List<Map<String, Object>> events = List.of(extracted("s1", "S", "100", "0.01"),
                map("eventId", "s2", "type", "dispatched", "time", "2025-10-02T00:00:00Z", "actor", "miner", "lot", "S", "from", "mine-S",
                        "to", "port", "permit", map("number", "TP-1", "vehicle", "V-1", "vehicleClass", "N3", "maxPayloadKg", "40",
                                "validFrom", "2025-10-02T00:00:00Z", "validUntil", "2025-10-03T00:00:00Z"), "newLot", "S-T1", "massKg", "40"),
                map("eventId", "s3", "type", "received", "time", "2025-10-02T12:00:00Z", "actor", "exporter", "lot", "s-t1", "site", "port",
                        "massKg", "40"),
                map("eventId", "s4", "type", "exported", "time", "2025-10-03T00:00:00Z", "actor", "exporter", "consignment", "X-4",
                        "lots", List.of("S-T1"), "port", "port", "buyer", "b", "destinationCountry", "US", "declaredValueUsd", "1.00"));
        Logged logged = logged(events, 2);
        Map<String, Object> facts = map("extractedUnder", map("S", "L-1"),
                "licences", map("L-1", map("district", "East", "province", "PK-A")),
                "primaryElements", map("cu-ore", "Cu"), "elementTolerance", "0.02");
        return map("format", "mizan-passport/v1", "passportIdentifier", "X-4",
                "lines", new ArrayList<>(List.of(map("lot", "S-T1", "netMassKg", netMassKg, "containedKg", map("Cu", "0.4")))),
                "totals", map("netMassKg", "40", "containedKg", map("Cu", "0.4")),
                "origin", map("byLicence", map("L-1", "1"), "byDistrict", map("East", "1"), "byProvince", map("PK-A", "1"),
                        "unattributedShare", "0"),
                "chain", map("steps", new ArrayList<>(events.stream().map(e -> map("eventId", e.get("eventId"))).toList())),
                "evidence", map("checkpoint", logged.checkpoint(), "events", logged.disclosed(), "registryFacts", facts));
    }

    /**
     * 1000 kg of rare-earth concentrate extracted under L-1 at 20 % Nd, then assayed as 35 % Nd2O3 and 8 % Pr6O11 and
     * exported: Nd 0.35 x 288.484 / 336.481 = 0.300074595594, Pr 0.08 x 845.44596 / 1021.43496 = 0.066216332364, so the
     * line holds 300.075 kg Nd and 66.216 kg Pr (a v1 passport: its figures are checked).
     */
    static Map<String, Object> oxides() {
        List<Map<String, Object>> events = List.of(
                map("eventId", "r1", "type", "extracted", "time", "2025-10-01T00:00:00Z", "actor", "miner", "lot", "R", "site", "mine-R",
                        "material", "ree-concentrate", "form", "concentrate", "massKg", "1000", "grades", map("Nd", "0.2"),
                        "location", map("lat", 34.5, "lon", 71.1)),
                map("eventId", "r2", "type", "assayed", "time", "2025-10-02T00:00:00Z", "actor", "lab", "lot", "R", "laboratory", "lab",
                        "grades", map(), "oxides", map("Nd2O3", "0.35", "Pr6O11", "0.08"), "certificate", "LAB-7"),
                map("eventId", "r3", "type", "exported", "time", "2025-10-03T00:00:00Z", "actor", "exporter", "consignment", "X-5",
                        "lots", List.of("R"), "port", "port", "buyer", "b", "destinationCountry", "US", "declaredValueUsd", "1.00"));
        Logged logged = logged(events, 2);
        Map<String, Object> facts = map("extractedUnder", map("R", "L-1"),
                "licences", map("L-1", map("district", "Mohmand", "province", "PK-KP")),
                "primaryElements", map("ree-concentrate", "Nd"), "elementTolerance", "0.02");
        return map("format", "mizan-passport/v1", "passportIdentifier", "X-5",
                "lines", new ArrayList<>(List.of(map("lot", "R", "netMassKg", "1000", "containedKg", map("Nd", "300.075", "Pr", "66.216")))),
                "totals", map("netMassKg", "1000", "containedKg", map("Nd", "300.075", "Pr", "66.216")),
                "origin", map("byLicence", map("L-1", "1"), "byDistrict", map("Mohmand", "1"), "byProvince", map("PK-KP", "1"),
                        "unattributedShare", "0"),
                "chain", map("steps", new ArrayList<>(events.stream().map(e -> map("eventId", e.get("eventId"))).toList())),
                "evidence", map("checkpoint", logged.checkpoint(), "events", logged.disclosed(), "registryFacts", facts));
    }

    /**
     * 30000 kg at 0.5 % Cu extracted under L-1 as lot W, dried by 1500 kg of water to 28500 kg at 0.005263157895 Cu and
     * exported: the line is 28500 kg holding the 150 kg of Cu the wet lot held.
     */
    static Map<String, Object> dried(String containedCuKg) {
        List<Map<String, Object>> events = List.of(extracted("w1", "W", "30000", "0.005"),
                map("eventId", "w2", "type", "adjusted", "time", "2025-10-02T00:00:00Z", "actor", "miner", "lot", "W", "kind", "moisture",
                        "massKg", "1500", "moisture", "0.05"),
                map("eventId", "w3", "type", "exported", "time", "2025-10-03T00:00:00Z", "actor", "miner", "consignment", "X-5",
                        "lots", List.of("W"), "port", "port", "buyer", "b", "destinationCountry", "US", "declaredValueUsd", "1.00"));
        Logged logged = logged(events, 1);
        Map<String, Object> facts = map("extractedUnder", map("W", "L-1"),
                "licences", map("L-1", map("district", "East", "province", "PK-A")),
                "primaryElements", map("cu-ore", "Cu"), "elementTolerance", "0.02");
        return map("format", "mizan-passport/v1", "passportIdentifier", "X-5",
                "lines", new ArrayList<>(List.of(map("lot", "W", "netMassKg", "28500", "containedKg", map("Cu", containedCuKg)))),
                "totals", map("netMassKg", "28500", "containedKg", map("Cu", containedCuKg)),
                "origin", map("byLicence", map("L-1", "1"), "byDistrict", map("East", "1"), "byProvince", map("PK-A", "1"),
                        "unattributedShare", "0"),
                "chain", map("steps", new ArrayList<>(events.stream().map(e -> map("eventId", e.get("eventId"))).toList())),
                "evidence", map("checkpoint", logged.checkpoint(), "events", logged.disclosed(), "registryFacts", facts));
    }

    /**
     * 1000 kg at 1 % Cu under L-1 and 500 kg at 2 % Cu under L-2, 20 kg of Cu, floated into 60 kg of concentrate K at 30 %
     * (18 kg) and 1440 kg of tailings T at {@code tailingsCu}; the consignment exports {@code exported}. With tailings at
     * 0.0015 (2.16 kg) the outputs carry 20.16 kg, within the 2 % tolerance, and K's line is 60 kg and 18 kg Cu, half from
     * each licence: the tailings' mass is not the product's.
     */
    static Map<String, Object> tailings(String tailingsCu, String exported) {
        Map<String, Object> product = output("K", "60", "0.3");
        Map<String, Object> tailings = map("lot", "T", "material", "cu-ore", "form", "ore", "massKg", "1440",
                "grades", map("Cu", tailingsCu), "role", "tailings");
        List<Map<String, Object>> events = List.of(extracted("g1", "A", "1000", "0.01"), extracted("g2", "B", "500", "0.02"),
                map("eventId", "g3", "type", "processed", "time", "2025-10-02T00:00:00Z", "actor", "plant-operator", "site", "plant",
                        "process", "flotation", "inputs", List.of(input("A", "1000"), input("B", "500")), "outputs", List.of(product, tailings)),
                map("eventId", "g4", "type", "exported", "time", "2025-10-04T00:00:00Z", "actor", "exporter", "consignment", "X-6",
                        "lots", List.of(exported), "port", "port", "buyer", "b", "destinationCountry", "US", "declaredValueUsd", "1.00"));
        Logged logged = logged(events, 2);
        Map<String, Object> facts = map("extractedUnder", map("A", "L-1", "B", "L-2"),
                "licences", map("L-1", map("district", "Chagai", "province", "PK-BA"), "L-2", map("district", "Chagai", "province", "PK-BA")),
                "primaryElements", map("cu-ore", "Cu", "cu-concentrate", "Cu"), "elementTolerance", "0.02");
        return map("format", "mizan-passport/v1", "passportIdentifier", "X-6",
                "lines", new ArrayList<>(List.of(map("lot", "K", "netMassKg", "60", "containedKg", map("Cu", "18")))),
                "totals", map("netMassKg", "60", "containedKg", map("Cu", "18")),
                "origin", map("byLicence", map("L-1", "0.5", "L-2", "0.5"), "byDistrict", map("Chagai", "1"), "byProvince", map("PK-BA", "1"),
                        "unattributedShare", "0"),
                "chain", map("steps", new ArrayList<>(events.stream().map(e -> map("eventId", e.get("eventId"))).toList())),
                "evidence", map("checkpoint", logged.checkpoint(), "events", logged.disclosed(), "registryFacts", facts));
    }

    private static Map<String, Object> extracted(String id, String lot, String kg, String cu) {
        return map("eventId", id, "type", "extracted", "time", "2025-10-01T00:00:00Z", "actor", "miner", "lot", lot, "site", "mine-" + lot,
                "material", "cu-ore", "form", "ore", "massKg", kg, "grades", map("Cu", cu), "location", map("lat", 29.1, "lon", 62.0));
    }

    private static Map<String, Object> processed(String id, List<Object> inputs, Object output) {
        return map("eventId", id, "type", "processed", "time", "2025-10-02T00:00:00Z", "actor", "plant-operator", "site", "plant", "process", "flotation",
                "inputs", inputs, "outputs", List.of(output));
    }

    private static Map<String, Object> input(String lot, String kg) {
        return map("lot", lot, "massKg", kg);
    }

    private static Map<String, Object> output(String lot, String kg, String cu) {
        return map("lot", lot, "material", "cu-concentrate", "form", "concentrate", "massKg", kg, "grades", map("Cu", cu));
    }

    /** A mutable, ordered map from alternating keys and values, so tests can tamper with it. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
