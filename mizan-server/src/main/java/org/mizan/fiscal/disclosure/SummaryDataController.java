package org.mizan.fiscal.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mizan.fiscal.revenue.FiscalYear;
import org.mizan.fiscal.revenue.RevenueQuery;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Registry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The public EITI disclosure: Summary Data as a workbook, tidy CSV and JSON, and revenue per project or province. */
@RestController
class SummaryDataController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SummaryDataAssembly assembly;
    private final Registry registry;

    SummaryDataController(SummaryDataAssembly assembly, Registry registry) {
        this.assembly = assembly;
        this.registry = registry;
    }

    @Operation(summary = "EITI Summary Data (template v2 shape) of a fiscal year, e.g. 2025-26, as a workbook")
    @GetMapping("/api/v1/eiti/summary-data/{fiscalYear}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable String fiscalYear) {
        SummaryData data = assembly.of(FiscalYear.of(fiscalYear));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SummaryDataWorkbook.write(data, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"mizan-eiti-summary-data-" + data.fiscalYear().name() + ".xlsx\"").body(out.toByteArray());
    }

    @Operation(summary = "The Summary Data's government revenues of a fiscal year as tidy CSV")
    @GetMapping("/api/v1/eiti/summary-data/{fiscalYear}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String fiscalYear) {
        SummaryData data = assembly.of(FiscalYear.of(fiscalYear));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(SummaryDataCsv.write(data).getBytes(StandardCharsets.UTF_8));
    }

    @Operation(summary = "The Summary Data of a fiscal year as JSON")
    @GetMapping("/api/v1/eiti/summary-data/{fiscalYear}.json")
    SummaryDataView json(@PathVariable String fiscalYear) {
        return SummaryDataView.of(assembly.of(FiscalYear.of(fiscalYear)));
    }

    @Operation(summary = "Government revenue of a fiscal year from one project (licence) or one province (EITI Requirement 4.7)")
    @GetMapping("/api/v1/fiscal/revenue")
    SummaryDataView revenue(@RequestParam String fiscalYear, @RequestParam Optional<String> licence,
            @RequestParam Optional<String> province) {
        FiscalYear year = FiscalYear.of(fiscalYear);
        if (licence.isPresent() == province.isPresent()) {
            throw Rejection.invalid("licence-or-province", "Ask for one licence or one province");
        }
        if (licence.isPresent()) {
            LicenceNumber number = new LicenceNumber(licence.get());
            registry.licence(number).orElseThrow(() -> Rejection.notFound("licence-not-found", "No licence " + number + " is registered"));
            return SummaryDataView.of(assembly.of(year, new RevenueQuery(Optional.of(number), Optional.empty(), Optional.of(year),
                    Integer.MAX_VALUE)));
        }
        ProvinceCode code = new ProvinceCode(province.get());
        registry.provinces().get(code);
        SummaryData all = assembly.of(year);
        Set<String> inProvince = all.projects().stream().filter(p -> p.province().equals(code.value()))
                .map(SummaryData.Project::licence).collect(Collectors.toSet());
        List<SummaryRow> rows = all.rows().stream().filter(r -> inProvince.contains(r.project())).toList();
        List<SummaryData.Project> projects = all.projects().stream().filter(p -> inProvince.contains(p.licence())).toList();
        Set<String> payers = projects.stream().map(SummaryData.Project::company).collect(Collectors.toSet());
        Set<String> receivers = rows.stream().map(SummaryRow::governmentEntity).collect(Collectors.toSet());
        // A province's share has no total in USD of its own: the year's total is the disclosure's.
        return SummaryDataView.of(new SummaryData(all.country(), year, all.currency(), all.perUsd(),
                all.agencies().stream().filter(a -> receivers.contains(a.name())).toList(),
                all.companies().stream().filter(c -> payers.contains(c.id())).toList(), projects, rows, Optional.empty()));
    }
}
