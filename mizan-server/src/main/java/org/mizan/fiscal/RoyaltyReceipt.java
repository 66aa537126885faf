package org.mizan.fiscal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;

/** Rupees a treasury recorded as received under the royalties code (GFS 1415E1) for a licence, with its log entry. */
public record RoyaltyReceipt(long receipt, LicenceNumber licence, PartyId company, LocalDate receivedOn, BigDecimal amountPkr,
        String challan, long logIndex) {

    public RoyaltyReceipt {
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(receivedOn, "received on");
        if (amountPkr == null || amountPkr.signum() <= 0) {
            throw new IllegalArgumentException("receipt " + receipt + " needs an amount above zero");
        }
    }
}
