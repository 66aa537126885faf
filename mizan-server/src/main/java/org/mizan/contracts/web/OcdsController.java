package org.mizan.contracts.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.contracts.Contract;
import org.mizan.contracts.book.ContractBook;
import org.mizan.contracts.ocds.CompiledRelease;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.Rejection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * Licences' contracts as Open Contracting (OCDS 1.1) release and record packages, public. The releases are the
 * ones the log committed, unchanged; a record adds their compiled release.
 */
@RestController
class OcdsController {

    /** The Location extension, which carries each licence's polygon on its item. */
    static final String LOCATION_EXTENSION = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_location_extension/master/extension.json";

    private final ContractBook book;
    private final Clock clock;

    OcdsController(ContractBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    @Operation(summary = "OCDS release package of the contracts covering a licence (all contracts without ?licence=)")
    @GetMapping(path = "/api/v1/ocds/releases", produces = "application/json")
    Map<String, Object> releases(@RequestParam Optional<String> licence) {
        Optional<LicenceNumber> number = licence.map(LicenceNumber::new);
        List<Map<String, Object>> releases = new ArrayList<>();
        for (ContractBook.Stored<Contract> c : book.all("contract", Contract.class)) {
            if (number.isEmpty() || c.value().licences().contains(number.get())) {
                releases.addAll(releasesOf(c.value().id()));
            }
        }
        if (releases.isEmpty()) {
            // A release package holds at least one release: an empty one would not be OCDS.
            throw Rejection.notFound("no-releases", number.map(l -> "No contract covering licence " + l + " is registered")
                    .orElse("No contract is registered"));
        }
        Map<String, Object> out = header("/api/v1/ocds/releases" + licence.map(l -> "?licence=" + l).orElse(""));
        out.put("releases", releases);
        return out;
    }

    @Operation(summary = "OCDS record package of one contracting process: its releases and their compiled release")
    @GetMapping(path = "/api/v1/ocds/records/{ocid}", produces = "application/json")
    Map<String, Object> record(@PathVariable String ocid) {
        String prefix = book.prefix() + "-";
        Optional<String> contract = ocid.startsWith(prefix) ? Optional.of(ocid.substring(prefix.length())) : Optional.empty();
        List<Map<String, Object>> releases = contract.filter(id -> book.exists("contract:" + id)).map(this::releasesOf)
                .orElseThrow(() -> Rejection.notFound("ocid-not-found", "No contracting process " + Rejection.quote(ocid)
                        + " is published here; ocids begin " + prefix));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("ocid", ocid);
        record.put("releases", releases);
        record.put("compiledRelease", CompiledRelease.of(ocid, releases));
        Map<String, Object> out = header("/api/v1/ocds/records/" + ocid);
        out.put("records", List.of(record));
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Map<String, Object>> releasesOf(String contract) {
        return book.of(contract, "release", Map.class).stream().map(s -> (Map<String, Object>) s.value()).toList();
    }

    private Map<String, Object> header(String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("uri", "urn:mizan:ocds:" + path);
        out.put("version", "1.1");
        out.put("extensions", List.of(LOCATION_EXTENSION));
        out.put("publishedDate", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.put("publisher", Map.of("name", "Mizan"));
        return out;
    }
}
