package org.mizan.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.fiscal.RevenueHttpFixture.assertProblem;
import static org.mizan.fiscal.RevenueHttpFixture.payment;
import static org.mizan.fiscal.RevenueHttpFixture.receipt;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.SharedData;
import org.mizan.fiscal.revenue.GfsCatalogue;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The EITI Summary Data of fiscal year 2032-33 (used by no other test) over HTTP: the workbook read back with POI
 * and compared with the template's published workbooks, the same rows as CSV and JSON, and project revenue without a key.
 */
class SummaryDataIntegrationTests extends HttpIntegrationTest {

    private static final DataFormatter TEXT = new DataFormatter();

    @Autowired
    GfsCatalogue gfs;

    private long royaltyEntry;
    private long feeEntry;

    @BeforeEach
    void revenue() {
        RevenueHttpFixture fx = new RevenueHttpFixture(api);
        String admin = adminKey();
        fx.party(admin, "sd-regulator-ba", "regulator", "PK-BA");
        fx.party(admin, "sd-treasury-ba", "regulator", "PK-BA");
        fx.party(admin, "sd-miner", "company", null);
        fx.licence(keyFor("sd-regulator-ba", Role.REGULATOR), "SD-ML-2032-001", "sd-miner", 64.30);
        String miner = keyFor("sd-miner", Role.OPERATOR);
        String treasury = keyFor("sd-treasury-ba", Role.TREASURY);
        if (api.get("/api/v1/fiscal/receipts?fiscalYear=2032-33", treasury).json().get("receipts").isEmpty()) {
            fx.pay(miner, payment("SD-ML-2032-001", "1415E1", "3000000", "2032-08-01", "SD-CH-1"));
            fx.pay(miner, payment("SD-ML-2032-001", "114521E", "500000", "2032-08-01", "SD-CH-2"));
            assertThat(fx.receive(treasury, receipt("sd-miner", "SD-ML-2032-001", "1415E1", "3000000", "2032-08-02", "SD-CH-1",
                    "sd-treasury-ba")).status()).isEqualTo(201);
            assertThat(fx.receive(treasury, receipt("sd-miner", "SD-ML-2032-001", "114521E", "450000", "2032-08-02", "SD-CH-2",
                    "sd-treasury-ba")).status()).isEqualTo(201);
        }
        JsonNode receipts = api.get("/api/v1/fiscal/receipts?fiscalYear=2032-33", treasury).json().get("receipts");
        royaltyEntry = receipts.get(0).get("logIndex").asLong();
        feeEntry = receipts.get(1).get("logIndex").asLong();
    }

    @Test
    void theWorkbookHasTheTemplatesPartsAndOneRowPerStream() throws Exception {
        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/api/v1/eiti/summary-data/2032-33.xlsx")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(reply.body()))) {
            assertThat(names(wb)).containsExactly("Part 1 - About", "Part 3 - Reporting entities", "Part 4 - Government revenues");
            Sheet revenues = wb.getSheet("Part 4 - Government revenues");
            assertThat(row(revenues.getRow(0))).containsExactly("GFS Level 1", "GFS Level 2", "GFS Level 3", "GFS Level 4",
                    "GFS code", "Revenue stream name", "Government entity", "Company", "Project name", "Currency", "Revenue value",
                    "Reporting status", "Log entries");
            assertThat(row(revenues.getRow(1))).containsExactly("11E Taxes", "114E Taxes on goods and services",
                    "1145E Taxes on use of goods/permission to use goods or perform activities", "114521E Licence fees", "114521E",
                    "Licence fees", "Party sd-treasury-ba", "Party sd-miner", "SD-ML-2032-001", "PKR", "450000",
                    "Included, not reconciled", String.valueOf(feeEntry));
            assertThat(row(revenues.getRow(2)).subList(4, 13)).containsExactly("1415E1", "Royalties", "Party sd-treasury-ba",
                    "Party sd-miner", "SD-ML-2032-001", "PKR", "3000000", "Included and reconciled", String.valueOf(royaltyEntry));
            assertThat(row(revenues.getRow(3))).startsWith("Total in USD");
            assertThat(revenues.getRow(3).getCell(10).getStringCellValue()).isEqualTo("Not available");
            compareWithPublished(wb);
        }
    }

    /** The labels of the About part and the GFS codes and status words of the published Mozambique 2012 workbook. */
    private void compareWithPublished(Workbook ours) throws Exception {
        File published = SharedData.path("data/eiti/EITI_SummaryData_v1.1_Mozambique_2012.xlsx").toFile();
        try (Workbook theirs = WorkbookFactory.create(published, null, true)) {
            Set<String> theirAbout = labels(theirs.getSheet("1. About"));
            Set<String> ourAbout = labels(ours.getSheet("Part 1 - About"));
            for (String label : List.of("Country", "Fiscal Year Covered in the Report", "Start Date", "End Date",
                    "Reporting currency", "ISO currency code", "Conversion rate utilised.  US $ 1 =",
                    "Number of reporting government entities", "Number of reporting companies")) {
                assertThat(theirAbout).as("published About").contains(label);
                assertThat(ourAbout).as("our About").contains(label);
            }
            Sheet revenues = theirs.getSheet("3. Revenues");
            assertThat(TEXT.formatCellValue(revenues.getRow(8).getCell(3))).isEqualTo("Included in EITI Report");
            Set<String> statuses = new HashSet<>();
            for (int r = 9; r <= revenues.getLastRowNum(); r++) {
                Row row = revenues.getRow(r);
                String code = row == null ? "" : TEXT.formatCellValue(row.getCell(1)).strip();
                if (code.matches("1[0-9]+E[0-9]*")) {
                    assertThat(gfs.code(code).code()).isEqualTo(code);
                    statuses.add(TEXT.formatCellValue(row.getCell(3)).strip());
                }
            }
            assertThat(statuses).contains("Included and reconciled", "Not applicable");
        }
    }

    @Test
    void theCsvAndJsonCarryTheSameRowsAndTheirReceiptEntries() {
        Reply csv = api.get("/api/v1/eiti/summary-data/2032-33.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().split("\r\n")).containsExactly(
                "fiscal_year,gfs_code,gfs_level_1,revenue_stream,government_entity,company,project,currency,value,reporting_status,log_entries",
                "2032-33,114521E,11E,Licence fees,Party sd-treasury-ba,Party sd-miner,SD-ML-2032-001,PKR,450000,\"Included, not reconciled\"," + feeEntry,
                "2032-33,1415E1,14E,Royalties,Party sd-treasury-ba,Party sd-miner,SD-ML-2032-001,PKR,3000000,Included and reconciled," + royaltyEntry,
                "2032-33,,,Total in USD,,,,USD,Not available,,");
        JsonNode json = api.get("/api/v1/eiti/summary-data/2032-33.json").json();
        assertThat(json.get("country").asString()).isEqualTo("Pakistan");
        assertThat(json.get("usdRate").asString()).isEqualTo("Not available");
        assertThat(json.get("rows").get(1).get("value").asString()).isEqualTo("3000000");
        assertThat(json.get("rows").get(1).get("receiptEntries").get(0).asLong()).isEqualTo(royaltyEntry);
        assertThat(json.get("projects").get(0).get("province").asString()).isEqualTo("PK-BA");
    }

    @Test
    void projectAndProvinceRevenueArePublic() {
        Reply project = api.get("/api/v1/fiscal/revenue?fiscalYear=2032-33&licence=SD-ML-2032-001");
        assertThat(project.status()).as(project.body()).isEqualTo(200);
        assertThat(project.json().get("rows")).hasSize(2);
        Reply province = api.get("/api/v1/fiscal/revenue?fiscalYear=2032-33&province=PK-BA");
        assertThat(province.json().get("rows")).hasSize(2);
        assertThat(api.get("/api/v1/fiscal/revenue?fiscalYear=2032-33&province=PK-KP").json().get("rows")).isEmpty();
        assertProblem(api.get("/api/v1/fiscal/revenue?fiscalYear=2032-33&licence=SD-NOPE"), 404, "licence-not-found");
        assertProblem(api.get("/api/v1/eiti/summary-data/2032.xlsx"), 400, "invalid-fiscal-year");
    }

    private static List<String> names(Workbook wb) {
        List<String> out = new ArrayList<>();
        wb.forEach(s -> out.add(s.getSheetName()));
        return out;
    }

    private static List<String> row(Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell c = row.getCell(i);
            out.add(c == null ? "" : TEXT.formatCellValue(c));
        }
        return out;
    }

    private static Set<String> labels(Sheet sheet) {
        Set<String> out = new HashSet<>();
        sheet.forEach(r -> r.forEach(c -> out.add(TEXT.formatCellValue(c).strip())));
        return out;
    }
}
