package org.mizan.economy.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mizan.economy.ReserveAccount;
import org.mizan.economy.ReserveCoverage;
import org.mizan.economy.ReservePlan;
import org.mizan.economy.ReserveProposals;
import org.mizan.economy.Reserves;
import org.mizan.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Strategic reserves: accounts and plans written by administrators and regulators, coverage public as each policy allows. */
@RestController
class ReserveController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Reserves reserves;
    private final CurrentActor actor;

    ReserveController(Reserves reserves, CurrentActor actor) {
        this.reserves = reserves;
        this.actor = actor;
    }

    @Operation(summary = "Reserve coverage", description = "Public. Per account as its policy allows: public, the stock, days of cover and "
            + "whether below target; band, only the band of days; sealed, only the months whose stock is committed, with their log entries.")
    @GetMapping("/api/v1/economy/reserves")
    List<ReserveCoverage> coverage() {
        return reserves.coverage();
    }

    @Operation(summary = "Reserve coverage as CSV", description = "Public. As /api/v1/economy/reserves, the latest commitment per account.")
    @GetMapping("/api/v1/economy/reserves.csv")
    ResponseEntity<String> coverageCsv() {
        return ResponseEntity.ok().contentType(CSV).body(EconomyCsv.reserves(reserves.coverage()));
    }

    @Operation(summary = "One reserve's coverage", description = "Public, as its policy allows.")
    @GetMapping("/api/v1/economy/reserves/{account}")
    ReserveCoverage one(@PathVariable String account) {
        return reserves.coverage(account);
    }

    @Operation(summary = "Open a reserve account", description = "An administrator. At a site of kind reserve, for a catalogue material; "
            + "targetDays with baselineKgPerDay and baselineSource, or targetTonnes; policy public, band or sealed; opened the first "
            + "month committed (2026-01).")
    @PostMapping("/api/v1/economy/reserves")
    @ResponseStatus(HttpStatus.CREATED)
    ReserveAccount open(@RequestBody ReserveProposals.Account proposal) {
        return reserves.open(actor.require(), proposal);
    }

    @Operation(summary = "Set a year's plan", description = "The account's regulator or an administrator. maxAcquisitionKg and "
            + "maxDisposalKg, zero or more; a later plan of the year replaces it.")
    @PutMapping("/api/v1/economy/reserves/{account}/plans/{year}")
    ReservePlan plan(@PathVariable String account, @PathVariable int year, @RequestBody ReserveProposals.Plan proposal) {
        return reserves.plan(actor.require(), account, year, proposal);
    }
}
