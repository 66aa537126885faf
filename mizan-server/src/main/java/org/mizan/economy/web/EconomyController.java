package org.mizan.economy.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.mizan.economy.Economy;
import org.mizan.economy.ExportValue;
import org.mizan.economy.Logged;
import org.mizan.economy.Payability;
import org.mizan.economy.PricePoint;
import org.mizan.economy.Proposals;
import org.mizan.economy.RegisteredEstimate;
import org.mizan.economy.ValueAdded;
import org.mizan.economy.YearsOfSupply;
import org.mizan.kernel.Rejection;
import org.mizan.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The national picture: price points and the resource register written by regulators, value added and years of supply public. */
@RestController
class EconomyController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Economy economy;
    private final CurrentActor actor;

    EconomyController(Economy economy, CurrentActor actor) {
        this.economy = economy;
        this.actor = actor;
    }

    @Operation(summary = "Price points", description = "Public. Dollars per unit of an element contained in a form, from a day on, with "
            + "source and confidence (official, trade-press, vendor, illustrative) and the log entry.")
    @GetMapping("/api/v1/economy/prices")
    List<Logged<PricePoint>> prices() {
        return economy.prices();
    }

    @Operation(summary = "Add a price point", description = "A regulator or an administrator. currency USD or USc, unit kg, t, lb or ozt "
            + "of contained element; value above zero.")
    @PostMapping("/api/v1/economy/prices")
    @ResponseStatus(HttpStatus.CREATED)
    Logged<PricePoint> addPrice(@RequestBody Proposals.Price proposal) {
        return economy.addPrice(actor.require(), proposal);
    }

    @Operation(summary = "Payabilities", description = "Public. The share of contained value each form is paid at; a form without one is paid in full.")
    @GetMapping("/api/v1/economy/payabilities")
    List<Logged<Payability>> payabilities() {
        return economy.payabilities();
    }

    @Operation(summary = "Add a payability", description = "A regulator or an administrator. share above 0 and at most 1.")
    @PostMapping("/api/v1/economy/payabilities")
    @ResponseStatus(HttpStatus.CREATED)
    Logged<Payability> addPayability(@RequestBody Proposals.Share proposal) {
        return economy.addPayability(actor.require(), proposal);
    }

    @Operation(summary = "Value added and FX", description = "Public. Exports grouped by stage, quarter, mineral or province: mine-gate "
            + "and export value of the same contained elements, value added and its share, declared dollars; unpriced lines named.")
    @GetMapping("/api/v1/economy/value-added")
    List<ValueAdded> valueAdded(@RequestParam(defaultValue = "stage") String by) {
        return economy.valueAdded(ValueAdded.Dimension.of(by));
    }

    @Operation(summary = "Value added and FX as CSV", description = "Public. As /api/v1/economy/value-added.")
    @GetMapping("/api/v1/economy/value-added.csv")
    ResponseEntity<String> valueAddedCsv(@RequestParam(defaultValue = "stage") String by) {
        return ResponseEntity.ok().contentType(CSV).body(EconomyCsv.valueAdded(economy.valueAdded(ValueAdded.Dimension.of(by))));
    }

    @Operation(summary = "One export valued", description = "Any key that may read the consignment's chain. Every element of every line "
            + "at the mine gate and as exported, with the price points and payabilities used.")
    @GetMapping("/api/v1/economy/exports/{id}")
    ExportValue export(@PathVariable String id) {
        return economy.export(actor.require(), id).orElseThrow(() -> Rejection.notFound("unknown-consignment",
                "No consignment " + Rejection.quote(id) + " that this key may read"));
    }

    @Operation(summary = "Resource register", description = "Public. Every estimate, superseded ones marked, with its log entry.")
    @GetMapping("/api/v1/economy/resources")
    List<RegisteredEstimate> resources() {
        return economy.estimates();
    }

    @Operation(summary = "Resource register as CSV", description = "Public.")
    @GetMapping("/api/v1/economy/resources.csv")
    ResponseEntity<String> resourcesCsv() {
        return ResponseEntity.ok().contentType(CSV).body(EconomyCsv.estimates(economy.estimates()));
    }

    @Operation(summary = "Add a resource estimate", description = "The regulator of the licence's province, or an administrator. "
            + "crirscoClass inferred-resource, indicated-resource, measured-resource, probable-reserve or proved-reserve; a second "
            + "estimate of the same licence, element, class and date is a 409.")
    @PostMapping("/api/v1/economy/resources")
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredEstimate addEstimate(@RequestBody Proposals.Estimate proposal) {
        return economy.addEstimate(actor.require(), proposal);
    }

    @Operation(summary = "Years of supply", description = "Public. Per element: (reserves + resourceShare × resources) ÷ the last 12 "
            + "months' extraction, a range when only resources exist, beside USGS's figures for Pakistan.")
    @GetMapping("/api/v1/economy/years-of-supply")
    List<YearsOfSupply> yearsOfSupply(@RequestParam Optional<BigDecimal> resourceShare) {
        return economy.yearsOfSupply(resourceShare);
    }

    @Operation(summary = "Years of supply as CSV", description = "Public.")
    @GetMapping("/api/v1/economy/years-of-supply.csv")
    ResponseEntity<String> yearsOfSupplyCsv(@RequestParam Optional<BigDecimal> resourceShare) {
        return ResponseEntity.ok().contentType(CSV).body(EconomyCsv.yearsOfSupply(economy.yearsOfSupply(resourceShare)));
    }
}
