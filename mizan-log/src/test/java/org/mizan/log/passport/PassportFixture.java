package org.mizan.log.passport;

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
                Map.of("eventId", "a1", "type", "assayed", "time", "2025-10-03T00:00:00Z", "lot", "K", "laboratory", "lab",
                        "grades", Map.of("Cu", "0.25"), "certificate", "LAB-1"),
                Map.of("eventId", "x1", "type", "exported", "time", "2025-10-04T00:00:00Z", "consignment", "X-1",
                        "lots", List.of("K", "M"), "port", "port", "buyer", "b", "destinationCountry", "US", "declaredValueUsd", "1.00"));
    }

    /** The passport for {@link #events()}, logged after {@code padding} unrelated entries. */
    static Map<String, Object> passport(int padding) {
        Random random = new Random(11);
        MemoryTree tree = new MemoryTree();
        for (int i = 0; i < padding; i++) {
            tree.append(("unrelated " + i).getBytes(StandardCharsets.UTF_8));
        }
        List<Map<String, Object>> events = events();
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
        Map<String, Object> facts = map("extractedUnder", map("A", "L-1", "B", "L-2", "C", "L-3"),
                "licences", map("L-1", map("district", "Chagai", "province", "PK-BA"), "L-2", map("district", "Chagai", "province", "PK-BA"),
                        "L-3", map("district", "Chitral", "province", "PK-KP")),
                "primaryElements", map("cu-ore", "Cu", "cu-concentrate", "Cu"), "elementTolerance", "0.02");
        String note = new String(checkpoint.sign(List.of(new Ed25519NoteSigner(LOG, SEED))).toBytes(), StandardCharsets.UTF_8);
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

    private static Map<String, Object> extracted(String id, String lot, String kg, String cu) {
        return map("eventId", id, "type", "extracted", "time", "2025-10-01T00:00:00Z", "lot", lot, "site", "mine-" + lot,
                "material", "cu-ore", "form", "ore", "massKg", kg, "grades", map("Cu", cu), "location", map("lat", 29.1, "lon", 62.0));
    }

    private static Map<String, Object> processed(String id, List<Object> inputs, Object output) {
        return map("eventId", id, "type", "processed", "time", "2025-10-02T00:00:00Z", "site", "plant", "process", "flotation",
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
