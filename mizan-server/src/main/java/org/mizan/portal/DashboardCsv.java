package org.mizan.portal;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mizan.oversight.Oversight;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard's tables as CSV (RFC 4180), in plain figures whatever the page's language: a file is
 * for a spreadsheet or a script, so its numbers use a dot and its codes are the registry's.
 */
@Controller
class DashboardCsv {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final PublicFigures figures;
    private final Oversight oversight;

    DashboardCsv(PublicFigures figures, Oversight oversight) {
        this.figures = figures;
        this.oversight = oversight;
    }

    @GetMapping("/dashboard/production.csv")
    ResponseEntity<String> production() {
        return csv("production", "mineral,province,month,tonnes", view().production().stream()
                .map(r -> r.mineral() + "," + r.province() + "," + r.month() + "," + r.tonnes().toPlainString()));
    }

    @GetMapping("/dashboard/exports.csv")
    ResponseEntity<String> exports() {
        return csv("exports", "form,stage,tonnes,lots", view().exports().stream()
                .map(r -> r.form() + "," + r.stage() + "," + r.tonnes().toPlainString() + "," + r.lots()));
    }

    @GetMapping("/dashboard/alerts.csv")
    ResponseEntity<String> alerts() {
        return csv("alerts", "rule,status,count", oversight.alertCounts().stream()
                .map(a -> a.rule() + "," + a.status() + "," + a.count()));
    }

    private DashboardView view() {
        return DashboardView.of(figures.current(), java.util.List.of());
    }

    private static ResponseEntity<String> csv(String name, String header, Stream<String> rows) {
        String body = Stream.concat(Stream.of(header), rows).collect(Collectors.joining("\r\n", "", "\r\n"));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mizan-" + name + ".csv\"").body(body);
    }
}
