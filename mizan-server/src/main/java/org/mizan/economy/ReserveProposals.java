package org.mizan.economy;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.mizan.custody.MaterialForm;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;

/** Reserve writes as a client sends them, decimals and months as text; each reads into its validating record or is refused. */
public final class ReserveProposals {

    private ReserveProposals() {
    }

    /**
     * A reserve account: {@code targetDays} with {@code baselineKgPerDay} and {@code baselineSource}, or {@code targetTonnes};
     * {@code policy} public, band or sealed; {@code opened} the first month committed, such as 2026-01.
     */
    public record Account(String id, String site, String material, String targetDays, String baselineKgPerDay, String baselineSource,
            String targetTonnes, String policy, String regulator, String opened) {

        ReserveAccount toAccount(MaterialForm form) {
            if (site == null || regulator == null) {
                throw Rejection.invalid("missing-field", "A reserve account names its site and its regulator");
            }
            Optional<ReserveTarget.Days> days = targetDays == null && baselineKgPerDay == null && baselineSource == null ? Optional.empty()
                    : Optional.of(new ReserveTarget.Days(Proposals.decimal("targetDays", targetDays), Proposals.decimal("baselineKgPerDay", baselineKgPerDay),
                            baselineSource));
            ReserveTarget target = new ReserveTarget(days, Optional.ofNullable(targetTonnes).map(t -> Proposals.decimal("targetTonnes", t)));
            return new ReserveAccount(id, new SiteId(site), material, form, target, DisclosurePolicy.of(policy), new PartyId(regulator),
                    month("opened", opened));
        }
    }

    /** A year's plan: the most the account may acquire and dispose of, in kilograms. */
    public record Plan(String maxAcquisitionKg, String maxDisposalKg) {

        ReservePlan toPlan(String account, int year) {
            return new ReservePlan(account, year, Proposals.decimal("maxAcquisitionKg", maxAcquisitionKg), Proposals.decimal("maxDisposalKg", maxDisposalKg));
        }
    }

    static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw Rejection.invalid("invalid-month", field + " is a month such as 2026-01, got " + Rejection.quote(text));
        }
    }
}
