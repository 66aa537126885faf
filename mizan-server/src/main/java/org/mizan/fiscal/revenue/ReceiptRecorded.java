package org.mizan.fiscal.revenue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mizan.fiscal.Money;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

/**
 * A treasury said a government entity received so much under a GFS code, against a challan paid by a company
 * for a project, possibly matching a declared payment. Its {@code id} and log index are given when it is stored.
 */
public record ReceiptRecorded(long id, PartyId company, LicenceNumber licence, GfsCode gfs, Money amount,
        LocalDate receivedOn, String challan, PartyId government, Optional<Long> payment, PartyId recordedBy,
        OffsetDateTime at, long logIndex) {

    public ReceiptRecorded {
        if (company == null || licence == null || gfs == null || amount == null || receivedOn == null || government == null
                || recordedBy == null || at == null) {
            throw Rejection.invalid("missing-field",
                    "A receipt needs company, licence, gfsCode, amount, currency, receivedOn, challan and governmentEntity");
        }
        if (!amount.isPositive()) {
            throw Rejection.invalid("amount-not-positive", "A receipt's amount is more than zero, got " + amount);
        }
        challan = Challan.checked(challan);
        payment = payment == null ? Optional.empty() : payment;
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.containing(receivedOn);
    }

    ReceiptRecorded stored(long newId, long index) {
        return new ReceiptRecorded(newId, company, licence, gfs, amount, receivedOn, challan, government, payment,
                recordedBy, at, index);
    }

    /** The recorded form whose salted commitment the log holds. */
    Map<String, Object> recorded() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "receipt-recorded");
        out.put("receipt", id);
        out.put("company", company.value());
        out.put("licence", licence.value());
        out.put("gfsCode", gfs.code());
        out.put("amount", amount.amount().toPlainString());
        out.put("currency", amount.currency().getCurrencyCode());
        out.put("receivedOn", receivedOn.toString());
        out.put("challan", challan);
        out.put("governmentEntity", government.value());
        payment.ifPresent(p -> out.put("payment", p));
        out.put("recordedBy", recordedBy.value());
        out.put("time", at.withOffsetSameInstant(ZoneOffset.UTC).toString());
        return out;
    }
}
