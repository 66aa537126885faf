package org.mizan.log.revenue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fiscal year's EITI revenue disclosure with its evidence, as the node serves it at
 * {@code /api/v1/eiti/summary-data/{fiscalYear}/bundle.json}: the Summary Data rows, and for every receipt they
 * sum its salt, its recorded form and its inclusion proof in one signed checkpoint
 * (<a href="https://github.com/C2SP/C2SP/blob/main/tlog-checkpoint.md">C2SP tlog-checkpoint</a>,
 * <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1.3">RFC 9162 §2.1.3</a>).
 *
 * @param licence the one project the bundle is restricted to, if any
 */
public record RevenueBundle(String format, RevenueYear fiscalYear, Optional<String> licence, String checkpoint,
        List<BundleRow> rows, List<BundleReceipt> receipts) {

    /** The {@code format} field of the bundles this reader reads. */
    public static final String FORMAT = "mizan-revenue-disclosure/v1";

    public RevenueBundle {
        rows = List.copyOf(rows);
        receipts = List.copyOf(receipts);
    }

    public static boolean reads(Object format) {
        return FORMAT.equals(format);
    }

    /** Reads a bundle given as a plain JSON tree; throws IllegalArgumentException, naming the field, if it is not one. */
    public static RevenueBundle fromJson(Map<?, ?> bundle) {
        String format = BundleJson.text(bundle, "format", "");
        if (!reads(format)) {
            throw new IllegalArgumentException("the bundle's format " + format + " is not " + FORMAT);
        }
        List<BundleRow> rows = new ArrayList<>();
        List<?> listed = BundleJson.array(bundle, "rows", "");
        for (int i = 0; i < listed.size(); i++) {
            rows.add(BundleRow.of(BundleJson.object(listed.get(i), "rows[" + i + "]"), "rows[" + i + "]."));
        }
        List<BundleReceipt> receipts = new ArrayList<>();
        listed = BundleJson.array(bundle, "receipts", "");
        for (int i = 0; i < listed.size(); i++) {
            receipts.add(BundleReceipt.of(BundleJson.object(listed.get(i), "receipts[" + i + "]"), "receipts[" + i + "]."));
        }
        Optional<String> licence = bundle.get("licence") == null ? Optional.empty()
                : Optional.of(BundleJson.text(bundle, "licence", ""));
        return new RevenueBundle(format, RevenueYear.of(BundleJson.text(bundle, "fiscalYear", "")), licence,
                BundleJson.text(bundle, "checkpoint", ""), rows, receipts);
    }
}
