package org.mizan.fiscal.revenue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mizan.fiscal.Money;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

/**
 * A company said it paid: so much under a GFS code for a project (its licence) on a day, against a treasury
 * e-challan. Its {@code id} and log index are given when it is stored; before that they are 0 and -1.
 */
public record PaymentDeclared(long id, PartyId company, LicenceNumber licence, GfsCode gfs, Money amount, LocalDate paidOn,
        String challan, OffsetDateTime at, long logIndex) {

    public PaymentDeclared {
        if (company == null || licence == null || gfs == null || amount == null || paidOn == null || at == null) {
            throw Rejection.invalid("missing-field", "A payment needs company, licence, gfsCode, amount, currency, paidOn and challan");
        }
        if (!amount.isPositive()) {
            throw Rejection.invalid("amount-not-positive", "A payment's amount is more than zero, got " + amount);
        }
        challan = Challan.checked(challan);
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.containing(paidOn);
    }

    PaymentDeclared stored(long newId, long index) {
        return new PaymentDeclared(newId, company, licence, gfs, amount, paidOn, challan, at, index);
    }

    /** The recorded form whose salted commitment the log holds. */
    Map<String, Object> recorded() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "payment-declared");
        out.put("payment", id);
        out.put("company", company.value());
        out.put("licence", licence.value());
        out.put("gfsCode", gfs.code());
        out.put("amount", amount.amount().toPlainString());
        out.put("currency", amount.currency().getCurrencyCode());
        out.put("paidOn", paidOn.toString());
        out.put("challan", challan);
        out.put("time", at.withOffsetSameInstant(ZoneOffset.UTC).toString());
        return out;
    }
}
