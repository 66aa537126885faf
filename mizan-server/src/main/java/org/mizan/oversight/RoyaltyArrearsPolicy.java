package org.mizan.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mizan.fiscal.RoyaltyDue;
import org.mizan.fiscal.RoyaltyReceipt;
import org.mizan.kernel.PartyId;

/**
 * Royalties not received by their deadline. A licence's royalty receipts pay its assessments oldest first,
 * as a treasury books arrears: what the licence had received by an assessment's deadline, less every earlier
 * assessment, is what paid it. Nothing left for it is {@code ROYALTY_UNPAID}; less than the royalty beyond the
 * tolerance is {@code ROYALTY_SHORTFALL}. Receipts are matched in rupees under the royalties code only, because
 * that is how a Pakistani treasury collects a royalty; a receipt in another currency is not counted.
 */
record RoyaltyArrearsPolicy(FiscalRuleSettings settings) {

    /** The deadline of a royalty: so many days after its event's day in the province's calendar. */
    LocalDate dueOn(RoyaltyDue due, ZoneId zone) {
        return due.eventAt().atZoneSameInstant(zone).toLocalDate().plusDays(settings.royaltyDueDays());
    }

    /** Judges the named assessments of one licence, given all its assessments in event order and all its royalty receipts. */
    List<Finding> judge(List<RoyaltyDue> dues, List<RoyaltyReceipt> receipts, Set<String> judged, ZoneId zone, Optional<PartyId> holder) {
        List<Finding> findings = new ArrayList<>();
        BigDecimal earlier = BigDecimal.ZERO;
        for (RoyaltyDue due : dues) {
            if (judged.contains(due.assessment()) && due.duePkr().signum() > 0) {
                LocalDate deadline = dueOn(due, zone);
                List<RoyaltyReceipt> byDeadline = receipts.stream().filter(r -> !r.receivedOn().isAfter(deadline)).toList();
                BigDecimal received = byDeadline.stream().map(RoyaltyReceipt::amountPkr).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal paid = received.subtract(earlier).max(BigDecimal.ZERO).min(due.duePkr());
                finding(due, deadline, byDeadline, received, earlier, paid, holder).ifPresent(findings::add);
            }
            earlier = earlier.add(due.duePkr());
        }
        return findings;
    }

    private Optional<Finding> finding(RoyaltyDue due, LocalDate deadline, List<RoyaltyReceipt> byDeadline, BigDecimal received,
            BigDecimal earlier, BigDecimal paid, Optional<PartyId> holder) {
        BigDecimal floor = due.duePkr().multiply(BigDecimal.ONE.subtract(settings.shortfallTolerance()));
        if (paid.compareTo(floor) >= 0) {
            return Optional.empty();
        }
        boolean unpaid = paid.signum() == 0;
        RuleCode rule = unpaid ? RuleCode.ROYALTY_UNPAID : RuleCode.ROYALTY_SHORTFALL;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("assessment", due.assessment());
        figures.put("assessmentLogIndex", due.logIndex());
        figures.put("licence", due.licence().value());
        figures.put("duePkr", cents(due.duePkr()));
        figures.put("dueOn", deadline.toString());
        figures.put("earlierDuePkr", cents(earlier));
        figures.put("receivedByDueOnPkr", cents(received));
        figures.put("paidPkr", cents(paid));
        figures.put("shortPkr", cents(due.duePkr().subtract(paid)));
        figures.put("tolerance", settings.shortfallTolerance().toPlainString());
        figures.put("receiptLogIndices", byDeadline.stream().map(RoyaltyReceipt::logIndex).toList());
        String what = unpaid ? "none of it was received" : "only PKR " + cents(paid) + " of it was received (short by PKR "
                + cents(due.duePkr().subtract(paid)) + ", beyond the " + percent(settings.shortfallTolerance()) + " % tolerance)";
        String explanation = "The royalty of PKR " + cents(due.duePkr()) + " on lot " + due.lot() + " (assessment " + due.assessment()
                + ") under licence " + due.licence() + " was due by " + deadline + ": " + what
                + ". By that day the licence's royalty receipts came to PKR " + cents(received) + " in " + byDeadline.size()
                + " receipt(s), of which PKR " + cents(earlier.min(received)) + " paid its earlier assessments (PKR " + cents(earlier) + ").";
        Subject subject = new Subject(List.of(due.lot()), List.of(), List.of(due.licence()), holder.map(List::of).orElse(List.of()));
        return Optional.of(new Finding(rule, unpaid ? Severity.HIGH : Severity.MEDIUM, rule + "/" + due.assessment(), subject,
                List.of(due.eventId()), figures, explanation));
    }

    static String cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
