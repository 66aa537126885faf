package org.mizan.log.revenue;

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
 * Receipts of fiscal year 2025-26 logged in a memory tree after three unrelated entries, with a seeded key, and
 * the bundle that discloses them as worked out by hand: row 1 (royalties of c-1 for L-1) sums 600.00 and 400.00
 * PKR to 1000.00; row 2 (licence fee of c-1 for L-1) is 250.50; row 3 (royalties of c-2 for L-2) is 900.00.
 * The receipts are entries 3, 4, 5 and 6 of a tree of 7.
 */
final class RevenueFixture {

    static final String LOG = "example.test/log";
    static final int PADDING = 3;

    /** A receipt to log: its row, code, company, licence, amount and day. */
    record Receipt(int row, String gfs, String company, String licence, String amount, String receivedOn) {
    }

    static final List<Receipt> YEAR = List.of(
            new Receipt(1, "1415E1", "c-1", "L-1", "600.00", "2025-08-01"),
            new Receipt(1, "1415E1", "c-1", "L-1", "400.00", "2026-06-30"),
            new Receipt(2, "114521E", "c-1", "L-1", "250.50", "2025-07-01"),
            new Receipt(3, "1415E1", "c-2", "L-2", "900.00", "2026-01-15"));

    private RevenueFixture() {
    }

    static VerifierKey key() {
        return VerifierKey.ed25519(LOG, Ed25519Keys.publicKeyFromSeed(seed(7)));
    }

    static VerifierKey otherKey() {
        return VerifierKey.ed25519(LOG, Ed25519Keys.publicKeyFromSeed(seed(8)));
    }

    static Map<String, Object> bundle() {
        return bundle(YEAR);
    }

    /** The receipts logged in order, disclosed with rows that each sum theirs exactly. */
    static Map<String, Object> bundle(List<Receipt> receipts) {
        Random random = new Random(11);
        MemoryTree tree = new MemoryTree();
        for (int i = 0; i < PADDING; i++) {
            tree.append(("unrelated " + i).getBytes(StandardCharsets.UTF_8));
        }
        List<byte[]> salts = new ArrayList<>();
        for (int i = 0; i < receipts.size(); i++) {
            byte[] salt = new byte[Commitment.SALT_BYTES];
            random.nextBytes(salt);
            salts.add(salt);
            tree.append(Commitment.of(salt, recorded(i + 1, receipts.get(i))));
        }
        List<Object> disclosed = new ArrayList<>();
        Map<Integer, Map<String, Object>> rows = new LinkedHashMap<>();
        for (int i = 0; i < receipts.size(); i++) {
            long index = PADDING + i;
            Receipt r = receipts.get(i);
            disclosed.add(map("index", index, "salt", Base64.getEncoder().encodeToString(salts.get(i)),
                    "recorded", recorded(i + 1, r), "inclusionProof", new ArrayList<>(tree.proofs().inclusionProof(index, tree.size())
                            .stream().map(h -> Base64.getEncoder().encodeToString(h)).toList())));
            Map<String, Object> row = rows.computeIfAbsent(r.row(), n -> row(r));
            row.put("value", new java.math.BigDecimal((String) row.get("value")).add(new java.math.BigDecimal(r.amount())).toPlainString());
            entries(row).add(index);
        }
        String checkpoint = new String(new Checkpoint(LOG, tree.size(), tree.rootHash())
                .sign(List.of(new Ed25519NoteSigner(LOG, seed(7)))).toBytes(), StandardCharsets.UTF_8);
        return map("format", RevenueBundle.FORMAT, "fiscalYear", "2025-26", "treeSize", tree.size(), "checkpoint", checkpoint,
                "rows", new ArrayList<Object>(rows.values()), "receipts", disclosed);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> row(Map<String, Object> bundle, int number) {
        return (Map<String, Object>) ((List<Object>) bundle.get("rows")).get(number - 1);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> recorded(Map<String, Object> bundle, int receipt) {
        return (Map<String, Object>) ((Map<String, Object>) ((List<Object>) bundle.get("receipts")).get(receipt)).get("recorded");
    }

    @SuppressWarnings("unchecked")
    static List<Object> entries(Map<String, Object> row) {
        return (List<Object>) row.get("receiptEntries");
    }

    private static Map<String, Object> row(Receipt r) {
        return map("gfsCode", r.gfs(), "revenueStream", r.gfs().equals("1415E1") ? "Royalties" : "Licence fees",
                "governmentEntityId", "g-1", "governmentEntity", "Mines Department", "companyId", r.company(),
                "company", r.company().equals("c-1") ? "Company One" : "Company Two", "project", r.licence(), "currency", "PKR",
                "value", "0.00", "reportingStatus", "Included and reconciled", "receiptEntries", new ArrayList<Object>());
    }

    /** The recorded form as the node commits a receipt. */
    private static Map<String, Object> recorded(long id, Receipt r) {
        return map("type", "receipt-recorded", "receipt", id, "company", r.company(), "licence", r.licence(), "gfsCode", r.gfs(),
                "amount", r.amount(), "currency", "PKR", "receivedOn", r.receivedOn(), "challan", "CH-" + id,
                "governmentEntity", "g-1", "recordedBy", "treasury", "time", r.receivedOn() + "T09:00:00Z");
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static byte[] seed(int n) {
        byte[] seed = new byte[Ed25519Keys.KEY_SIZE];
        new Random(n).nextBytes(seed);
        return seed;
    }
}
