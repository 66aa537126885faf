package org.mizan.portal;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.Custody;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotReceived;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.StreamRecord;
import org.mizan.kernel.LotId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;
import org.mizan.registry.Material;
import org.mizan.registry.Registry;
import org.mizan.registry.Site;
import org.springframework.stereotype.Component;

/**
 * The public dashboard's figures, kept by reading the committed custody stream forward from where it
 * last stopped, as oversight's evaluators do: production by mineral, province and month from the
 * extractions, and exports by form and value-addition stage from the consignments' lots. It holds
 * sums only (and each lot's material and mass until it leaves), so it is rebuilt from the stream after
 * a restart.
 */
@Component
class PublicFigures {

    private static final int PAGE = 1000;

    record ProductionKey(String mineral, String province, YearMonth month) implements Comparable<ProductionKey> {
        @Override
        public int compareTo(ProductionKey o) {
            int byMonth = month.compareTo(o.month);
            return byMonth != 0 ? byMonth : (mineral + province).compareTo(o.mineral + o.province);
        }
    }

    record ExportKey(String form, int stage) implements Comparable<ExportKey> {
        @Override
        public int compareTo(ExportKey o) {
            return stage != o.stage ? Integer.compare(stage, o.stage) : form.compareTo(o.form);
        }
    }

    /** What one lot is, as far as the export figures need it. */
    private record Shape(String material, long grams) {
    }

    /** A consistent copy of the sums at one point of the stream. */
    record Snapshot(long seq, Map<ProductionKey, Long> production, Map<ExportKey, long[]> exports, int consignments,
            Map<SiteId, Long> bySite) {

        /** Grams extracted at these sites to date. */
        long extractedAt(java.util.Collection<SiteId> sites) {
            return sites.stream().mapToLong(s -> bySite.getOrDefault(s, 0L)).sum();
        }
    }

    private final Custody custody;
    private final Registry registry;
    private final Map<LotId, Shape> lots = new HashMap<>();
    private final Map<SiteId, String> provinceOfSite = new HashMap<>();
    private final Map<ProductionKey, Long> production = new TreeMap<>();
    private final Map<ExportKey, long[]> exports = new TreeMap<>();
    private final Map<SiteId, Long> bySite = new HashMap<>();
    private int consignments;
    private long seq;

    PublicFigures(Custody custody, Registry registry) {
        this.custody = custody;
        this.registry = registry;
    }

    synchronized Snapshot current() {
        for (List<StreamRecord> page = custody.recordsAfter(seq, PAGE); !page.isEmpty(); page = custody.recordsAfter(seq, PAGE)) {
            for (StreamRecord record : page) {
                if (record instanceof CommittedEvent committed) {
                    apply(committed);
                }
                seq = record.seq();
            }
        }
        Map<ExportKey, long[]> exportCopy = new TreeMap<>();
        exports.forEach((k, v) -> exportCopy.put(k, v.clone()));
        return new Snapshot(seq, new TreeMap<>(production), exportCopy, consignments, Map.copyOf(bySite));
    }

    private void apply(CommittedEvent committed) {
        if (committed.event() instanceof LotExtracted e) {
            lots.put(e.lot(), new Shape(e.material(), e.mass().grams()));
            String mineral = material(e.material()).map(Material::mineral).orElse(e.material());
            YearMonth month = YearMonth.from(e.time().withOffsetSameInstant(ZoneOffset.UTC));
            production.merge(new ProductionKey(mineral, province(e.site()), month), e.mass().grams(), Long::sum);
            bySite.merge(e.site(), e.mass().grams(), Long::sum);
        } else if (committed.event() instanceof LotReceived e) {
            lots.computeIfPresent(e.lot(), (lot, shape) -> new Shape(shape.material(), e.mass().grams()));
        } else if (committed.event() instanceof LotsProcessed e) {
            e.outputs().forEach(o -> lots.put(o.lot(), new Shape(o.material(), o.mass().grams())));
        } else if (committed.event() instanceof ConsignmentExported e) {
            consignments++;
            for (LotId lot : e.lots()) {
                Shape shape = lots.remove(lot);
                if (shape != null) {
                    Optional<Material> material = material(shape.material());
                    ExportKey key = new ExportKey(material.map(m -> m.form().code()).orElse("unknown"), material.map(Material::stage).orElse(0));
                    long[] sums = exports.computeIfAbsent(key, k -> new long[2]);
                    sums[0] += shape.grams();
                    sums[1]++;
                }
            }
        }
    }

    private String province(SiteId site) {
        return provinceOfSite.computeIfAbsent(site, id -> registry.site(id)
                .flatMap(s -> s.province().or(() -> located(s)))
                .map(ProvinceCode::value).orElse("unknown"));
    }

    private Optional<ProvinceCode> located(Site site) {
        return registry.provinces().locate(site.lat(), site.lon()).map(p -> p.province());
    }

    private Optional<Material> material(String code) {
        try {
            return Optional.of(registry.catalogue().material(code));
        } catch (Rejection unknown) {
            return Optional.empty();
        }
    }
}
