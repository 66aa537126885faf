package org.mizan.portal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.oversight.AlertCount;

/** The dashboard's tables, each row as a reader sees it; the charts and the CSV files are drawn from the same rows. */
record DashboardView(List<ProductionRow> production, List<ExportRow> exports, List<AlertCount> alerts, int consignments,
        long throughSeq) {

    record ProductionRow(String mineral, String province, YearMonth month, BigDecimal tonnes) {
    }

    record ExportRow(String form, int stage, BigDecimal tonnes, long lots) {
    }

    static DashboardView of(PublicFigures.Snapshot figures, List<AlertCount> alerts) {
        List<ProductionRow> production = figures.production().entrySet().stream()
                .map(e -> new ProductionRow(e.getKey().mineral(), e.getKey().province(), e.getKey().month(), tonnes(e.getValue())))
                .toList();
        List<ExportRow> exports = figures.exports().entrySet().stream()
                .map(e -> new ExportRow(e.getKey().form(), e.getKey().stage(), tonnes(e.getValue()[0]), e.getValue()[1]))
                .toList();
        return new DashboardView(production, exports, alerts, figures.consignments(), figures.seq());
    }

    Map<String, BigDecimal> productionByMineral() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        production.stream().sorted((a, b) -> a.mineral().compareTo(b.mineral()))
                .forEach(r -> out.merge(r.mineral(), r.tonnes(), BigDecimal::add));
        return out;
    }

    Map<String, BigDecimal> alertsByRule() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        alerts.forEach(a -> out.merge(a.rule(), BigDecimal.valueOf(a.count()), BigDecimal::add));
        return out;
    }

    private static BigDecimal tonnes(long grams) {
        return BigDecimal.valueOf(grams, 6).setScale(3, java.math.RoundingMode.HALF_UP);
    }
}
