package org.mizan.fiscal.disclosure;

import java.util.List;

/** The disclosure as JSON: the same rows as the workbook, amounts as exact decimal strings. */
record SummaryDataView(String country, String fiscalYear, String currency, String usdRate,
        List<SummaryData.Entity> agencies, List<SummaryData.Entity> companies, List<SummaryData.Project> projects,
        List<RowView> rows, String totalUsd) {

    record RowView(List<String> gfsLevels, String gfsCode, String revenueStream, String governmentEntity, String company,
            String project, String currency, String value, String reportingStatus, List<Long> receiptEntries) {

        static RowView of(SummaryRow r) {
            return new RowView(r.gfsLevels().stream().map(g -> g.code()).toList(), r.gfs().code(), r.revenueStream(),
                    r.governmentEntity(), r.company(), r.project(), r.value().currency().getCurrencyCode(),
                    r.value().amount().toPlainString(), r.reportingStatus(), r.receiptEntries());
        }
    }

    static SummaryDataView of(SummaryData d) {
        return new SummaryDataView(d.country(), d.fiscalYear().name(), d.currency().getCurrencyCode(),
                d.perUsd().map(r -> r.toPlainString()).orElse(SummaryDataWorkbook.NOT_AVAILABLE), d.agencies(), d.companies(),
                d.projects(), d.rows().stream().map(RowView::of).toList(),
                d.totalUsd().map(t -> t.toPlainString()).orElse(SummaryDataWorkbook.NOT_AVAILABLE));
    }
}
