package org.mizan.fiscal.disclosure;

import java.util.Optional;

import org.mizan.fiscal.revenue.FiscalYear;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Registry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The public revenue disclosure bundle: the Summary Data rows with the logged receipts they sum, for {@code mizan verify}. */
@RestController
class RevenueBundleController {

    private final RevenueBundleAssembly bundles;
    private final Registry registry;

    RevenueBundleController(RevenueBundleAssembly bundles, Registry registry) {
        this.bundles = bundles;
        this.registry = registry;
    }

    @Operation(summary = "The Summary Data of a fiscal year (or one project) with every receipt it sums, its salt and its"
            + " inclusion proof in one signed checkpoint; mizan verify checks it offline")
    @GetMapping("/api/v1/eiti/summary-data/{fiscalYear}/bundle.json")
    RevenueBundleView bundle(@PathVariable String fiscalYear, @RequestParam Optional<String> licence) {
        FiscalYear year = FiscalYear.of(fiscalYear);
        Optional<LicenceNumber> number = licence.map(LicenceNumber::new);
        number.ifPresent(n -> registry.licence(n)
                .orElseThrow(() -> Rejection.notFound("licence-not-found", "No licence " + n + " is registered")));
        return bundles.of(year, number);
    }
}
