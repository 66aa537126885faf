package org.mizan.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.disclosure.Disclosure;
import org.mizan.log.disclosure.DisclosureException;
import org.mizan.log.note.VerifierKey;

/**
 * {@code mizan verify} on a reserve disclosure: every month of the account is an entry of the signed log (its body and
 * salt recompute the commitment the log holds), the months run on one after another with none missing, each opens with
 * the previous month's stock and closes with opening + intakes − releases − write-offs. A month changed after it was
 * committed fails here, named.
 */
final class ReserveVerification {

    static final String FORMAT = "mizan-reserve-disclosure-v1";

    private ReserveVerification() {
    }

    static boolean isReserveDisclosure(Map<?, ?> document) {
        return FORMAT.equals(document.get("format"));
    }

    static int print(Map<?, ?> document, VerifierKey key, PrintStream out) {
        String account = String.valueOf(document.get("account"));
        if (!(document.get("months") instanceof List<?> months) || months.isEmpty()) {
            return fail(out, "the disclosure of reserve " + account + " has no months");
        }
        Checkpoint signed = null;
        Map<?, ?> previous = null;
        for (Object entry : months) {
            if (!(entry instanceof Map<?, ?> month) || !(month.get("event") instanceof Map<?, ?> body)) {
                return fail(out, "a month of reserve " + account + " is not an object with an event");
            }
            String name = String.valueOf(body.get("month"));
            try {
                signed = Disclosure.fromJson(withCheckpoint(month, document.get("checkpoint"))).verify(key);
                String broken = chainBreak(account, previous, body);
                if (broken != null) {
                    return fail(out, "month " + name + " of reserve " + account + ": " + broken);
                }
            } catch (DisclosureException | IllegalArgumentException | DateTimeParseException | ClassCastException e) {
                return fail(out, "month " + name + " of reserve " + account + ": " + e.getMessage());
            }
            previous = body;
        }
        Map<?, ?> first = (Map<?, ?>) ((Map<?, ?>) months.get(0)).get("event");
        out.println("OK: reserve " + account + ", " + months.size() + " months " + first.get("month") + " to " + previous.get("month")
                + ", each an entry of log " + signed.origin() + " (size " + signed.size() + ", signed by " + key.name() + "), none missing, "
                + "each stock the previous plus intakes less releases and write-offs; stock at the end of " + previous.get("month")
                + ": " + previous.get("stockKg") + " kg");
        return 0;
    }

    /** Why {@code body} does not follow {@code previous} (null for the first month), or null when it does. */
    private static String chainBreak(String account, Map<?, ?> previous, Map<?, ?> body) {
        if (!"reserve-month".equals(body.get("record")) || !account.equals(body.get("account"))) {
            return "the entry is not a month of this reserve";
        }
        BigDecimal opening = kg(body, "openingKg");
        BigDecimal stock = opening.add(kg(body, "intakesKg")).subtract(kg(body, "releasesKg")).subtract(kg(body, "writeOffsKg"));
        if (stock.compareTo(kg(body, "stockKg")) != 0) {
            return "the stock " + body.get("stockKg") + " kg is not opening + intakes − releases − write-offs = " + stock.toPlainString() + " kg";
        }
        if (previous == null) {
            return null;
        }
        YearMonth expected = YearMonth.parse(String.valueOf(previous.get("month"))).plusMonths(1);
        if (!expected.equals(YearMonth.parse(String.valueOf(body.get("month"))))) {
            return "it follows " + previous.get("month") + ", so month " + expected + " is missing";
        }
        if (opening.compareTo(kg(previous, "stockKg")) != 0) {
            return "it opens with " + body.get("openingKg") + " kg, but " + previous.get("month") + " closed with " + previous.get("stockKg") + " kg";
        }
        return null;
    }

    private static Map<String, Object> withCheckpoint(Map<?, ?> month, Object checkpoint) {
        Map<String, Object> bundle = new LinkedHashMap<>();
        month.forEach((k, v) -> bundle.put(String.valueOf(k), v));
        bundle.put("checkpoint", checkpoint);
        return bundle;
    }

    private static BigDecimal kg(Map<?, ?> body, String field) {
        if (!(body.get(field) instanceof String text)) {
            throw new IllegalArgumentException(field + " is not an exact decimal string");
        }
        return new BigDecimal(text);
    }

    private static int fail(PrintStream out, String why) {
        out.println("FAILED: " + why);
        return 1;
    }
}
