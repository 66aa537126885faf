package org.mizan.economy.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mizan.economy.ExportValue;
import org.mizan.economy.ValueAdded;
import org.mizan.economy.ValueAdded.Dimension;
import org.mizan.kernel.LicenceNumber;
import org.mizan.registry.Material;
import org.mizan.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * Groups valued exports by stage, quarter, mineral or province. A line counts towards its origin's provinces in
 * proportion to its origin shares. An export's declared dollars are shared over its lines in proportion to their
 * export values; when a line is unpriced that share cannot be made, and the dollars are counted as
 * {@value ValueAdded#UNAPPORTIONED} (by quarter they need no sharing).
 */
@Component
public class ValueAddedTable {

    private record Part(Map<Dimension, String> keys, BigDecimal mineGate, BigDecimal export, BigDecimal fx, boolean priced,
            List<String> unpriced) {
    }

    /** Custody's origin key for the share of a lot no licence accounts for. */
    private static final String UNATTRIBUTED = "unattributed";

    private final Registry registry;

    ValueAddedTable(Registry registry) {
        this.registry = registry;
    }

    public List<ValueAdded> of(List<ExportValue> exports, Dimension by) {
        Map<String, List<Part>> groups = new TreeMap<>();
        for (ExportValue export : exports) {
            for (Part part : parts(export)) {
                groups.computeIfAbsent(part.keys().get(by), k -> new ArrayList<>()).add(part);
            }
        }
        List<ValueAdded> out = new ArrayList<>();
        groups.forEach((key, parts) -> out.add(row(by, key, parts)));
        return out;
    }

    private static ValueAdded row(Dimension by, String key, List<Part> parts) {
        BigDecimal mineGate = BigDecimal.ZERO;
        BigDecimal export = BigDecimal.ZERO;
        BigDecimal fx = BigDecimal.ZERO;
        int priced = 0;
        List<String> unpriced = new ArrayList<>();
        for (Part p : parts) {
            mineGate = mineGate.add(p.mineGate());
            export = export.add(p.export());
            fx = fx.add(p.fx());
            priced += p.priced() ? 1 : 0;
            unpriced.addAll(p.unpriced());
        }
        return new ValueAdded(by.code(), key, ExportValue.cents(mineGate), ExportValue.cents(export), ExportValue.cents(export.subtract(mineGate)),
                ExportValue.share(mineGate, export), ExportValue.cents(fx), priced, unpriced);
    }

    private List<Part> parts(ExportValue export) {
        // Shared by the unrounded export values: the published total is rounded to the cent.
        BigDecimal exported = export.lines().stream().map(l -> l.exportUsd().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean shareable = export.missing().isEmpty() && exported.signum() > 0;
        List<Part> out = new ArrayList<>();
        for (ExportValue.Line line : export.lines()) {
            BigDecimal lineFx = shareable ? export.declaredUsd().multiply(line.exportUsd().orElseThrow())
                    .divide(exported, MathContext.DECIMAL128) : BigDecimal.ZERO;
            for (Map.Entry<String, String> origin : line.origin().entrySet()) {
                BigDecimal share = new BigDecimal(origin.getValue());
                Map<Dimension, String> keys = Map.of(Dimension.STAGE, line.stage(), Dimension.QUARTER, export.quarter(),
                        Dimension.MINERAL, mineral(line.material()), Dimension.PROVINCE, province(origin.getKey()));
                out.add(new Part(keys, line.mineGateUsd().orElse(BigDecimal.ZERO).multiply(share),
                        line.exportUsd().orElse(BigDecimal.ZERO).multiply(share), lineFx.multiply(share), line.priced(),
                        line.missing().stream().map(m -> export.consignment() + " " + line.lot() + ": " + m).toList()));
            }
        }
        if (!shareable) {
            Map<Dimension, String> keys = Map.of(Dimension.STAGE, ValueAdded.UNAPPORTIONED, Dimension.QUARTER, export.quarter(),
                    Dimension.MINERAL, ValueAdded.UNAPPORTIONED, Dimension.PROVINCE, ValueAdded.UNAPPORTIONED);
            out.add(new Part(keys, BigDecimal.ZERO, BigDecimal.ZERO, export.declaredUsd(), false, List.of()));
        }
        return out;
    }

    private String mineral(String material) {
        return registry.catalogue().findMaterial(material).map(Material::mineral).orElse(material);
    }

    private String province(String origin) {
        if (origin.equals(UNATTRIBUTED)) {
            return origin;
        }
        return registry.licence(new LicenceNumber(origin)).map(l -> l.province().value()).orElse(origin);
    }
}
