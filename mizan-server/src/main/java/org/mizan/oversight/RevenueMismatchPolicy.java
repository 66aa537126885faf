package org.mizan.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.fiscal.RevenueDifference;

/**
 * What a company declared it paid and what the government recorded as received differ beyond materiality,
 * and the line has been quiet long enough that no receipt is merely on its way: money left a company and did
 * not arrive, or arrived and was not declared. The cause names the amounts, so a line whose difference later
 * changes raises again, folding into the same open alert.
 */
record RevenueMismatchPolicy(FiscalRuleSettings settings) {

    Optional<Finding> check(RevenueDifference d, LocalDate today, Instant now) {
        if (!today.isAfter(d.lastRecordedOn().plusDays(settings.mismatchSettle().toDays())) || now.isBefore(settlesAt(d))) {
            return Optional.empty();
        }
        String currency = d.declared().currency().getCurrencyCode();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("gfsCode", d.gfsCode());
        figures.put("fiscalYear", d.fiscalYear());
        figures.put("licence", d.licence().value());
        figures.put("company", d.company().value());
        figures.put("currency", currency);
        figures.put("declared", RoyaltyArrearsPolicy.cents(d.declared().amount()));
        figures.put("received", RoyaltyArrearsPolicy.cents(d.received().amount()));
        figures.put("difference", RoyaltyArrearsPolicy.cents(d.difference().amount()));
        figures.put("lastRecordedOn", d.lastRecordedOn().toString());
        figures.put("paymentLogIndices", d.paymentEntries());
        figures.put("receiptLogIndices", d.receiptEntries());
        String cause = RuleCode.PAYMENT_RECEIPT_MISMATCH + "/" + key(d) + "/" + d.declared().amount().toPlainString() + "/"
                + d.received().amount().toPlainString();
        String explanation = d.company() + " declared " + currency + " " + figures.get("declared") + " paid under GFS " + d.gfsCode()
                + " for " + d.licence() + " in fiscal year " + d.fiscalYear() + " in " + d.paymentEntries().size()
                + " payment(s); the government recorded " + currency + " " + figures.get("received") + " received in " + d.receiptEntries().size()
                + " receipt(s): a material difference of " + currency + " " + figures.get("difference") + ", nothing recorded on the line since "
                + d.lastRecordedOn() + ".";
        Subject subject = new Subject(List.of(), List.of(), List.of(d.licence()), List.of(d.company()));
        return Optional.of(new Finding(RuleCode.PAYMENT_RECEIPT_MISMATCH, Severity.HIGH, cause, subject, List.of(), figures, explanation));
    }

    /** When nothing entered on the line for the recording-quiet period: until then a record may still be on its way. */
    Instant settlesAt(RevenueDifference d) {
        return d.lastRecordingAt().plus(settings.recordingQuiet());
    }

    /** The reconciliation line a difference is of: what its alerts fold on. */
    static String key(RevenueDifference d) {
        return d.fiscalYear() + "/" + d.gfsCode() + "/" + d.company() + "/" + d.licence() + "/" + d.declared().currency().getCurrencyCode();
    }
}
