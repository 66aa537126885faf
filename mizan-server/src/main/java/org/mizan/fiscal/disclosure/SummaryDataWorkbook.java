package org.mizan.fiscal.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.mizan.fiscal.revenue.GfsCode;

/**
 * Writes the disclosure as an EITI Summary Data workbook (template v2: Part 1 About, Part 3 Reporting entities,
 * Part 4 Government revenues, https://eiti.org/summary-data-template), streamed so that a year of any size
 * fits in little memory. A cell with nothing to say reads "Not available" or "Not applicable", never 0.
 */
final class SummaryDataWorkbook {

    static final String ABOUT = "Part 1 - About";
    static final String ENTITIES = "Part 3 - Reporting entities";
    static final String REVENUES = "Part 4 - Government revenues";
    static final List<String> REVENUE_COLUMNS = List.of("GFS Level 1", "GFS Level 2", "GFS Level 3", "GFS Level 4",
            "GFS code", "Revenue stream name", "Government entity", "Company", "Project name", "Currency", "Revenue value",
            "Reporting status", "Log entries");
    static final String NOT_AVAILABLE = "Not available";
    static final String NOT_APPLICABLE = "Not applicable";

    private SummaryDataWorkbook() {
    }

    static void write(SummaryData data, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            about(wb.createSheet(ABOUT), data);
            entities(wb.createSheet(ENTITIES), data);
            revenues(wb.createSheet(REVENUES), data);
            wb.write(out);
        }
    }

    private static void about(Sheet sheet, SummaryData data) {
        line(sheet, 0, "About", "", "Entry");
        line(sheet, 1, "Country", "", data.country());
        line(sheet, 2, "Fiscal Year Covered in the Report", "Start Date", data.fiscalYear().start().toString());
        line(sheet, 3, "", "End Date", data.fiscalYear().end().toString());
        line(sheet, 4, "Reporting currency", "ISO currency code", data.currency().getCurrencyCode());
        line(sheet, 5, "", "Conversion rate utilised.  US $ 1 =",
                data.perUsd().map(r -> r.toPlainString()).orElse(NOT_AVAILABLE));
        line(sheet, 6, "Number of reporting government entities", "", String.valueOf(data.agencies().size()));
        line(sheet, 7, "Number of reporting companies", "", String.valueOf(data.companies().size()));
        line(sheet, 8, "Fiscal year name", "", data.fiscalYear().name());
    }

    private static void entities(Sheet sheet, SummaryData data) {
        int r = 0;
        line(sheet, r++, "Government agencies", "Identification #", "Full name of agency");
        for (SummaryData.Entity e : data.agencies()) {
            line(sheet, r++, "", e.id(), e.name());
        }
        line(sheet, r++, "Companies", "Identification #", "Legal name");
        for (SummaryData.Entity e : data.companies()) {
            line(sheet, r++, "", e.id(), e.name());
        }
        line(sheet, r++, "Projects", "Project name", "Company", "Province");
        for (SummaryData.Project p : data.projects()) {
            line(sheet, r++, "", p.licence(), p.company(), p.province().isEmpty() ? NOT_AVAILABLE : p.province());
        }
    }

    private static void revenues(Sheet sheet, SummaryData data) {
        line(sheet, 0, REVENUE_COLUMNS.toArray(String[]::new));
        int r = 1;
        for (SummaryRow row : data.rows()) {
            Row out = sheet.createRow(r++);
            List<GfsCode> levels = row.gfsLevels();
            for (int i = 0; i < 4; i++) {
                out.createCell(i).setCellValue(i < levels.size() ? levels.get(i).code() + " " + levels.get(i).name() : NOT_APPLICABLE);
            }
            out.createCell(4).setCellValue(row.gfs().code());
            out.createCell(5).setCellValue(row.revenueStream());
            out.createCell(6).setCellValue(row.governmentEntity());
            out.createCell(7).setCellValue(row.company());
            out.createCell(8).setCellValue(row.project());
            out.createCell(9).setCellValue(row.value().currency().getCurrencyCode());
            // A number cell for spreadsheets; exact to the minor unit, which is how the figure is published.
            out.createCell(10).setCellValue(row.value().rounded().amount().doubleValue());
            out.createCell(11).setCellValue(row.reportingStatus());
            out.createCell(12).setCellValue(row.receiptEntries().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        Row total = sheet.createRow(r);
        total.createCell(0).setCellValue("Total in USD");
        total.createCell(9).setCellValue("USD");
        if (data.totalUsd().isPresent()) {
            total.createCell(10).setCellValue(data.totalUsd().get().doubleValue());
        } else {
            total.createCell(10).setCellValue(NOT_AVAILABLE);
        }
    }

    private static void line(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }
}
