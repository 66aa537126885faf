package org.mizan.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mizan.log.passport.Passport;
import org.mizan.log.passport.PassportLine;

/**
 * What a passport page shows first, worked out of the document: per line what it is, how much, how
 * pure (the grades as percentages, with the certificates), and where the consignment came from.
 */
record PassportView(String id, Passport document, List<Line> lines, List<Share> provinces, List<Share> districts,
        List<Share> licences, String unattributed, int eventCount) {

    record Line(String lot, String material, String form, String stage, String netMassKg, List<Share> purity,
            List<PassportLine.Assay> assays) {
    }

    record Share(String name, String percent) {
    }

    static PassportView of(Passport document) {
        List<Line> lines = new ArrayList<>();
        for (PassportLine line : document.lines()) {
            PassportLine.Stage stage = line.valueChainStage();
            lines.add(new Line(line.lot(), line.materialName(), line.form(), stage.step() + " (" + stage.description() + ")",
                    line.netMassKg(), shares(line.purity().grades()), line.purity().assays()));
        }
        Passport.Origin origin = document.origin();
        return new PassportView(document.passportIdentifier(), document, lines, shares(origin.byProvince()), shares(origin.byDistrict()),
                shares(origin.byLicence()), percent(origin.unattributedShare()), document.evidence().events().size());
    }

    private static List<Share> shares(Map<String, String> fractions) {
        List<Share> out = new ArrayList<>();
        fractions.forEach((name, fraction) -> out.add(new Share(name, percent(fraction))));
        return out;
    }

    /** A fraction as a percentage with as many decimals as it needs, at most four. */
    static String percent(String fraction) {
        BigDecimal percent = new BigDecimal(fraction).movePointRight(2).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (percent.signum() == 0 ? "0" : percent.toPlainString()) + " %";
    }
}
