package org.mizan.custody.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.mizan.custody.json.EventWriter;
import org.mizan.custody.json.StoredForms;
import org.mizan.custody.store.Consignment;
import org.mizan.kernel.LicenceNumber;
import org.mizan.registry.Licence;
import org.mizan.registry.Registry;

/** The API's form of a consignment: masses as decimal-kilogram strings, shares as plain decimals. */
record ConsignmentView(String id, String eventId, String exporter, String buyer, String port, String destinationCountry,
        String declaredValueUsd, String exportedAt, String totalMassKg, Map<String, String> containedKg, List<String> forms,
        Origin origin, List<Map<String, Object>> lines) {

    record Origin(Map<String, String> byLicence, Map<String, String> byProvince) {
    }

    /** One consignment of a list: the export and its totals, without the lines. */
    record Summary(long seq, String id, String eventId, String exporter, String buyer, String port, String destinationCountry,
            String declaredValueUsd, String exportedAt, int lineCount, String totalMassKg, List<String> forms) {

        static Summary of(Consignment c) {
            Consignment.Head h = c.head();
            return new Summary(h.seq(), h.id(), h.eventId(), h.exporter(), h.buyer(), h.port(), h.destinationCountry(),
                    h.declaredValueUsd().toPlainString(), h.exportedAt().toString(), c.lines().size(),
                    c.totalMass().toKilogramsString(), formsOf(c));
        }
    }

    static ConsignmentView of(Consignment c, Registry registry) {
        Consignment.Head h = c.head();
        Map<String, String> containedKg = new LinkedHashMap<>();
        c.contained().forEach((element, mass) -> containedKg.put(element.value(), mass.toKilogramsString()));
        return new ConsignmentView(h.id(), h.eventId(), h.exporter(), h.buyer(), h.port(), h.destinationCountry(),
                h.declaredValueUsd().toPlainString(), h.exportedAt().toString(), c.totalMass().toKilogramsString(), containedKg,
                formsOf(c), origin(c.originByLicence(), registry), c.lines().stream().map(ConsignmentView::line).toList());
    }

    private static List<String> formsOf(Consignment c) {
        return c.forms().stream().map(EventWriter::form).sorted().toList();
    }

    /** An exported lot held what it exported: its figures follow that mass, as the consignment's totals do. */
    private static Map<String, Object> line(Consignment.Line line) {
        Map<String, Object> view = new LinkedHashMap<>(LotViews.of(line.lot(), Optional.of(line.exported())));
        view.put("exportedMassKg", line.exported().toKilogramsString());
        return view;
    }

    private static Origin origin(Map<String, BigDecimal> shares, Registry registry) {
        Map<String, String> byLicence = new LinkedHashMap<>();
        Map<String, BigDecimal> byProvince = new TreeMap<>();
        shares.forEach((key, share) -> {
            byLicence.put(key, share.toPlainString());
            String province = StoredForms.UNATTRIBUTED.equals(key) ? StoredForms.UNATTRIBUTED
                    : registry.licence(new LicenceNumber(key)).map(Licence::province).map(p -> p.value()).orElse("unknown");
            byProvince.merge(province, share, BigDecimal::add);
        });
        Map<String, String> provinces = new LinkedHashMap<>();
        byProvince.forEach((p, s) -> provinces.put(p, s.toPlainString()));
        return new Origin(byLicence, provinces);
    }
}
