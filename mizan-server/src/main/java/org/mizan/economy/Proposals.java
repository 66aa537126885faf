package org.mizan.economy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.log.fiscal.PriceUnit;

/** The economy's writes as a client sends them, decimals and days as text; each reads into its validating record or is refused. */
public final class Proposals {

    private Proposals() {
    }

    /** A price of an element contained in a form: value in currency (USD or USc) per unit of element mass (kg, t, lb, ozt). */
    public record Price(String element, String form, String validFrom, String value, String currency, String unit, String source,
            String confidence) {

        public PricePoint toPoint() {
            PriceUnit priceUnit;
            if (currency == null || !currency.matches("USD|USc")) {
                throw Rejection.invalid("invalid-currency", "Currency " + Rejection.quote(currency) + " is not USD or USc: price points are kept in dollars");
            }
            try {
                priceUnit = PriceUnit.of(currency + "/" + unit);
            } catch (IllegalArgumentException e) {
                throw Rejection.invalid("invalid-unit", "Unit " + Rejection.quote(unit) + " is none of kg, t, lb, ozt");
            }
            return new PricePoint(null, symbol(element), Forms.of(form), day("validFrom", validFrom), decimal("value", value), priceUnit,
                    source, PriceConfidence.of(confidence));
        }
    }

    /** The share of contained value a form is paid at, from a day. */
    public record Share(String form, String validFrom, String share, String source, String confidence) {

        public Payability toPayability() {
            return new Payability(null, Forms.of(form), day("validFrom", validFrom), decimal("share", share), source,
                    PriceConfidence.of(confidence));
        }
    }

    /** A competent person's estimate: tonnes of material at a grade (a fraction, 0.0012 = 0.12 %). */
    public record Estimate(String licence, String element, String crirscoClass, String estimatedOn, String tonnes, String grade,
            String competentPerson, String reportSha256) {

        public ResourceEstimate toEstimate(PartyId declaredBy) {
            if (licence == null || licence.isBlank()) {
                throw Rejection.invalid("missing-field", "An estimate names its licence");
            }
            Grade g;
            try {
                g = new Grade(decimal("grade", grade));
            } catch (IllegalArgumentException e) {
                throw Rejection.invalid("invalid-grade", "grade is a fraction from 0 to 1, got " + Rejection.quote(grade));
            }
            return new ResourceEstimate(null, new LicenceNumber(licence), symbol(element), CrirscoClass.of(crirscoClass),
                    day("estimatedOn", estimatedOn), decimal("tonnes", tonnes), g, competentPerson, reportSha256, declaredBy);
        }
    }

    static ElementSymbol symbol(String symbol) {
        try {
            return new ElementSymbol(symbol);
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("invalid-element", "Element " + Rejection.quote(symbol) + " is not an element symbol such as Sb or Nd");
        }
    }

    static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw Rejection.invalid("invalid-date", field + " is a day such as 2025-10-01, got " + Rejection.quote(text));
        }
    }

    static BigDecimal decimal(String field, String text) {
        if (text == null || !text.matches("-?[0-9]{1,18}(\\.[0-9]{1,18})?")) {
            throw Rejection.invalid("invalid-number", field + " is a plain decimal such as \"12.5\", got " + Rejection.quote(text));
        }
        return new BigDecimal(text);
    }
}
