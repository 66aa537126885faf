package org.mizan.economy.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mizan.economy.RegisteredEstimate;
import org.mizan.economy.ReserveCoverage;
import org.mizan.economy.ValueAdded;
import org.mizan.economy.YearsOfSupply;

/** The national picture's tables as tidy CSV (RFC 4180), one row per figure's group, empty cells where no figure exists. */
final class EconomyCsv {

    private EconomyCsv() {
    }

    static String valueAdded(List<ValueAdded> rows) {
        return table("dimension,key,mine_gate_usd,export_usd,value_added_usd,value_added_share,fx_usd,priced_lines,unpriced",
                rows.stream().map(r -> line(r.dimension(), r.key(), r.mineGateUsd(), r.exportUsd(), r.valueAddedUsd(), text(r.valueAddedShare()),
                        r.fxUsd(), r.pricedLines(), String.join("; ", r.unpriced()))));
    }

    static String estimates(List<RegisteredEstimate> rows) {
        return table("id,licence,element,class,estimated_on,tonnes,grade,contained_tonnes,competent_person,report_sha256,declared_by,"
                + "superseded,log_index", rows.stream().map(r -> {
                    var e = r.estimate();
                    return line(e.id(), e.licence().value(), e.element().value(), e.crirscoClass().code(), e.estimatedOn(), e.tonnes(),
                            e.grade().fraction(), e.containedTonnes(), e.competentPerson(), e.reportSha256(), e.declaredBy().value(),
                            r.superseded(), r.logIndex());
                }));
    }

    static String yearsOfSupply(List<YearsOfSupply> rows) {
        return table("element,reserves_t,resources_t,resource_share,extracted_t_12m,years_low,years_high,note,usgs_reserves_t,"
                + "usgs_production_t,usgs_production_year,usgs_years,usgs_note,usgs_source", rows.stream().map(y -> line(y.element(),
                        y.reservesTonnes(), y.resourcesTonnes(), y.resourceShare(), y.extractedTonnes12m(), text(y.yearsLow()),
                        text(y.yearsHigh()), y.note().orElse(""), text(y.usgs().reservesTonnes()), text(y.usgs().productionTonnes()),
                        y.usgs().productionYear().orElse(""), text(y.usgs().years()), y.usgs().note().orElse(""), y.usgs().source())));
    }

    /** Each reserve as its policy shows it: a sealed account's stock, days and band cells are empty. */
    static String reserves(List<ReserveCoverage> rows) {
        return table("account,site,material,form,policy,target,stock_kg,days,band,below_target,months_logged,latest_month,latest_log_index",
                rows.stream().map(r -> {
                    Optional<ReserveCoverage.Commitment> latest = r.latest();
                    return line(r.account(), r.site(), r.material(), r.form(), r.policy().code(), r.target(), text(r.stockKg()), text(r.days()),
                            r.band().orElse(""), r.belowTarget().map(String::valueOf).orElse(""), r.commitments().size(),
                            latest.map(ReserveCoverage.Commitment::month).orElse(""), latest.map(c -> String.valueOf(c.logIndex())).orElse(""));
                }));
    }

    private static String text(Optional<BigDecimal> figure) {
        return figure.map(BigDecimal::toPlainString).orElse("");
    }

    private static String table(String header, Stream<String> lines) {
        return Stream.concat(Stream.of(header), lines).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String line(Object... cells) {
        return Stream.of(cells).map(c -> c instanceof BigDecimal d ? d.toPlainString() : String.valueOf(c)).map(EconomyCsv::cell)
                .collect(Collectors.joining(","));
    }

    private static String cell(String text) {
        return text.matches(".*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
