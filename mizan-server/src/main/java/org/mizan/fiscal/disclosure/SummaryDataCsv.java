package org.mizan.fiscal.disclosure;

import java.util.List;
import java.util.stream.Collectors;

/** The disclosure's revenue rows as tidy CSV (RFC 4180): one row per revenue stream, the USD total last. */
final class SummaryDataCsv {

    static final List<String> COLUMNS = List.of("fiscal_year", "gfs_code", "gfs_level_1", "revenue_stream", "government_entity",
            "company", "project", "currency", "value", "reporting_status", "log_entries");

    private SummaryDataCsv() {
    }

    static String write(SummaryData data) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (SummaryRow row : data.rows()) {
            out.append(String.join(",", List.of(data.fiscalYear().name(), row.gfs().code(), row.gfsLevels().get(0).code(),
                    quote(row.revenueStream()), quote(row.governmentEntity()), quote(row.company()), quote(row.project()),
                    row.value().currency().getCurrencyCode(), row.value().amount().toPlainString(), quote(row.reportingStatus()),
                    row.receiptEntries().stream().map(String::valueOf).collect(Collectors.joining(" "))))).append("\r\n");
        }
        out.append(String.join(",", List.of(data.fiscalYear().name(), "", "", "Total in USD", "", "", "", "USD",
                data.totalUsd().map(t -> t.toPlainString()).orElse(SummaryDataWorkbook.NOT_AVAILABLE), "", ""))).append("\r\n");
        return out.toString();
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
