package org.mizan.fiscal.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mizan.fiscal.Money;
import org.mizan.fiscal.revenue.FiscalYear;
import org.mizan.fiscal.revenue.GfsCatalogue;

class SummaryDataWorkbookTests {

    private static final GfsCatalogue GFS = new GfsCatalogue();
    private static final DataFormatter TEXT = new DataFormatter();

    static SummaryData twoRows(Optional<BigDecimal> perUsd, Optional<BigDecimal> total) {
        List<SummaryRow> rows = List.of(
                new SummaryRow(GFS.levels(GFS.code("1415E1")), "Royalties", "Balochistan treasury", "FWO", "BA-ML-2022-0117",
                        Money.of("2800000.00", "PKR"), SummaryRow.RECONCILED, List.of(4L, 9L)),
                new SummaryRow(GFS.levels(GFS.code("1152E")), "Taxes on exports", "Federal Board of Revenue", "FWO", "BA-ML-2022-0117",
                        Money.of("140000", "PKR"), SummaryRow.NOT_RECONCILED, List.of(11L)));
        return new SummaryData("Pakistan", FiscalYear.of("2025-26"), Currency.getInstance("PKR"), perUsd,
                List.of(new SummaryData.Entity("ba-treasury", "Balochistan treasury")), List.of(new SummaryData.Entity("fwo", "FWO")),
                List.of(new SummaryData.Project("BA-ML-2022-0117", "fwo", "PK-BA")), rows, total);
    }

    static List<String> row(Sheet sheet, int index) {
        List<String> out = new ArrayList<>();
        Row row = sheet.getRow(index);
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell c = row.getCell(i);
            out.add(c == null ? "" : TEXT.formatCellValue(c));
        }
        return out;
    }

    @Test
    void roundTripsThePartsRowsAndTotal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryDataWorkbook.write(twoRows(Optional.of(new BigDecimal("280")), Optional.of(new BigDecimal("10500.00"))), out);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Part 1 - About");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Part 3 - Reporting entities");
            assertThat(wb.getSheetAt(2).getSheetName()).isEqualTo("Part 4 - Government revenues");
            Sheet about = wb.getSheet("Part 1 - About");
            assertThat(row(about, 1)).containsExactly("Country", "", "Pakistan");
            assertThat(row(about, 2)).containsExactly("Fiscal Year Covered in the Report", "Start Date", "2025-07-01");
            assertThat(row(about, 5)).containsExactly("", "Conversion rate utilised.  US $ 1 =", "280");
            Sheet revenues = wb.getSheet("Part 4 - Government revenues");
            assertThat(row(revenues, 0)).isEqualTo(SummaryDataWorkbook.REVENUE_COLUMNS);
            assertThat(row(revenues, 1)).containsExactly("14E Other revenue", "141E Property income", "1415E Rent",
                    "1415E1 Royalties", "1415E1", "Royalties", "Balochistan treasury", "FWO", "BA-ML-2022-0117", "PKR", "2800000",
                    "Included and reconciled", "4 9");
            // Export taxes sit three levels deep: the fourth level is not applicable, not zero.
            assertThat(row(revenues, 2).subList(0, 5)).containsExactly("11E Taxes", "115E Taxes on international trade and transactions",
                    "1152E Taxes on exports", "Not applicable", "1152E");
            assertThat(revenues.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Total in USD");
            assertThat(revenues.getRow(3).getCell(10).getNumericCellValue()).isEqualTo(10500.00);
            assertThat(revenues.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void withoutARateTheTotalIsNotAvailable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryDataWorkbook.write(twoRows(Optional.empty(), Optional.empty()), out);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(row(wb.getSheet("Part 1 - About"), 5).get(2)).isEqualTo("Not available");
            assertThat(wb.getSheet("Part 4 - Government revenues").getRow(3).getCell(10).getStringCellValue()).isEqualTo("Not available");
        }
    }

    @Test
    void theCsvHasTheSameRowsExactly() {
        String csv = SummaryDataCsv.write(twoRows(Optional.empty(), Optional.empty()));
        assertThat(csv.split("\r\n")).containsExactly(
                "fiscal_year,gfs_code,gfs_level_1,revenue_stream,government_entity,company,project,currency,value,reporting_status,log_entries",
                "2025-26,1415E1,14E,Royalties,Balochistan treasury,FWO,BA-ML-2022-0117,PKR,2800000.00,Included and reconciled,4 9",
                "2025-26,1152E,11E,Taxes on exports,Federal Board of Revenue,FWO,BA-ML-2022-0117,PKR,140000,\"Included, not reconciled\",11",
                "2025-26,,,Total in USD,,,,USD,Not available,,");
    }
}
