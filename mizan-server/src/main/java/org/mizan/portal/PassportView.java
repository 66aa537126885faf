package org.mizan.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a passport page shows first, worked out of the document: per line what it is, how much, how
 * pure (the grades as percentages, with the certificates), and where the consignment came from.
 */
record PassportView(String id, Map<?, ?> document, List<Line> lines, List<Share> provinces, List<Share> districts,
        List<Share> licences, String unattributed, int eventCount) {

    record Line(String lot, String material, String form, String stage, String netMassKg, List<Share> purity,
            List<Map<?, ?>> assays) {
    }

    record Share(String name, String percent) {
    }

    static PassportView of(Map<?, ?> document) {
        List<Line> lines = new ArrayList<>();
        for (Object node : (List<?>) document.get("lines")) {
            Map<?, ?> line = (Map<?, ?>) node;
            Map<?, ?> purity = (Map<?, ?>) line.get("purity");
            Map<?, ?> stage = (Map<?, ?>) line.get("valueChainStage");
            lines.add(new Line((String) line.get("lot"), (String) line.get("materialName"), (String) line.get("form"),
                    stage.get("step") + " (" + stage.get("description") + ")", (String) line.get("netMassKg"),
                    shares((Map<?, ?>) purity.get("grades")), ((List<?>) purity.get("assays")).stream().<Map<?, ?>>map(a -> (Map<?, ?>) a).toList()));
        }
        Map<?, ?> origin = (Map<?, ?>) document.get("origin");
        Map<?, ?> evidence = (Map<?, ?>) document.get("evidence");
        return new PassportView((String) document.get("passportIdentifier"), document, lines,
                shares((Map<?, ?>) origin.get("byProvince")), shares((Map<?, ?>) origin.get("byDistrict")),
                shares((Map<?, ?>) origin.get("byLicence")), percent((String) origin.get("unattributedShare")),
                ((List<?>) evidence.get("events")).size());
    }

    private static List<Share> shares(Map<?, ?> fractions) {
        List<Share> out = new ArrayList<>();
        fractions.forEach((name, fraction) -> out.add(new Share((String) name, percent((String) fraction))));
        return out;
    }

    /** A fraction as a percentage with as many decimals as it needs, at most four. */
    static String percent(String fraction) {
        BigDecimal percent = new BigDecimal(fraction).movePointRight(2).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (percent.signum() == 0 ? "0" : percent.toPlainString()) + " %";
    }
}
