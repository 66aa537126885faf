package org.mizan.economy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

/**
 * A competent person's estimate of one class of one element's resource on a licence: tonnes of material at a grade,
 * and so tonnes of contained element (derived, so the three figures cannot disagree). The report itself stays with
 * its owner; its SHA-256 pins which report the figures come from.
 */
public record ResourceEstimate(String id, LicenceNumber licence, ElementSymbol element, CrirscoClass crirscoClass, LocalDate estimatedOn,
        BigDecimal tonnes, Grade grade, String competentPerson, String reportSha256, PartyId declaredBy) {

    public ResourceEstimate {
        if (licence == null || element == null || crirscoClass == null || estimatedOn == null || tonnes == null || grade == null
                || competentPerson == null || competentPerson.isBlank() || reportSha256 == null || declaredBy == null) {
            throw Rejection.invalid("missing-field", "An estimate needs a licence, an element, a class, estimatedOn, tonnes, a grade, "
                    + "the competent person and the report's SHA-256");
        }
        if (tonnes.signum() <= 0 || tonnes.precision() - tonnes.scale() > 15) {
            throw Rejection.invalid("invalid-tonnage", "Tonnes must be positive and below 10^15, got " + Rejection.number(tonnes));
        }
        if (grade.fraction().signum() == 0) {
            throw Rejection.invalid("invalid-grade", "An estimate's grade must be above zero");
        }
        if (!reportSha256.matches("[0-9a-f]{64}")) {
            throw Rejection.invalid("invalid-report-hash", "reportSha256 is 64 lowercase hexadecimal digits");
        }
        if (id == null) {
            id = licence.value() + "-" + element.value() + "-" + crirscoClass.code() + "-" + estimatedOn;
        }
    }

    public BigDecimal containedTonnes() {
        return tonnes.multiply(grade.fraction());
    }

    public Map<String, Object> committed() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "resource-estimate");
        out.put("id", id);
        out.put("licence", licence.value());
        out.put("element", element.value());
        out.put("class", crirscoClass.code());
        out.put("estimatedOn", estimatedOn.toString());
        out.put("tonnes", tonnes.toPlainString());
        out.put("grade", grade.fraction().toPlainString());
        out.put("containedTonnes", containedTonnes().toPlainString());
        out.put("competentPerson", competentPerson);
        out.put("reportSha256", reportSha256);
        out.put("declaredBy", declaredBy.value());
        return out;
    }
}
