package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The royalty rules as ADR 0017 states them, for checking the payment plan without a server: a licence's
 * royalty receipts pay its royalties oldest first; judged once the deadline and seven days have passed, a
 * royalty with nothing left for it is unpaid, one paid less than 99 % of it short.
 */
final class TreasuryBook {

    private TreasuryBook() {
    }

    /** The event id of every royalty the rules would find, with the rule. */
    static Map<String, String> judge(List<Royalty> royalties, List<Remittance> remittances, LocalDate today) {
        Map<String, String> out = new TreeMap<>();
        royalties.stream().map(Royalty::licence).distinct().forEach(licence -> {
            List<Royalty> dues = royalties.stream().filter(r -> r.licence().equals(licence))
                    .sorted(Comparator.comparing(Royalty::at).thenComparing(Royalty::order)).toList();
            List<Remittance> receipts = remittances.stream()
                    .filter(r -> r.licence().equals(licence) && r.gfsCode().equals(Remittance.ROYALTIES) && r.received() != null).toList();
            BigDecimal earlier = BigDecimal.ZERO;
            for (Royalty due : dues) {
                if (!due.deadline().isAfter(today.minusDays(8))) {
                    BigDecimal received = receipts.stream().filter(r -> !r.on().isAfter(due.deadline())).map(Remittance::received)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal paid = received.subtract(earlier).max(BigDecimal.ZERO).min(due.duePkr());
                    if (paid.signum() == 0) {
                        out.put(due.eventId(), "ROYALTY_UNPAID");
                    } else if (paid.compareTo(due.duePkr().multiply(new BigDecimal("0.99"))) < 0) {
                        out.put(due.eventId(), "ROYALTY_SHORTFALL");
                    }
                }
                earlier = earlier.add(due.duePkr());
            }
        });
        return out;
    }
}
