package org.mizan.log.passport;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A mineral passport as published ({@link PassportFormat#V2}; {@link PassportFormat#V1} documents read
 * into the same records, with what v1 lacked left empty). The node fills it and {@link PassportWriter}
 * writes it; {@link PassportReader} reads a published document back, and the portal and the verifier work
 * on these records. The order of the components is the order of the fields in the document.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Passport(String format, String passportIdentifier, GeneralInformation generalInformation, List<PassportLine> lines,
        Totals totals, Origin origin, PassportChain chain, PassportAlerts alerts, NotAssessed supplyChainDueDiligence, NotAssessed esg,
        PassportRoyalties royalties, Map<String, String> declared, PassportEvidence evidence, String publication) {

    public Passport {
        lines = lines == null ? null : List.copyOf(lines);
    }

    /** The same passport with the node's publication line ("not published", "published 2025-10-09T08:00:00Z"). */
    public Passport withPublication(String status) {
        return new Passport(format, passportIdentifier, generalInformation, lines, totals, origin, chain, alerts, supplyChainDueDiligence,
                esg, royalties, declared, evidence, status);
    }

    /** The export: consignment, exporter, buyer, destination, port, time, declared value and the export event. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GeneralInformation(String consignment, Named exporter, Named buyer, String destinationCountry, Named port,
            String exportedAt, String declaredValueUsd, String exportEventId) {
    }

    /** A party or a site: its registry id and its registered name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Named(String id, String name) {
    }

    /** What the consignment holds in all: net mass, contained mass per element (kilograms, as decimal text) and its forms. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Totals(String netMassKg, Map<String, String> containedKg, List<String> forms) {

        public Totals {
            forms = forms == null ? null : List.copyOf(forms);
        }
    }

    /** Where the primary elements came from: shares (decimal text) by licence, district and province, and what none explains. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Origin(String method, Map<String, String> byLicence, Map<String, String> byDistrict, Map<String, String> byProvince,
            String unattributedShare) {
    }

    /** A section for a capability Mizan does not have yet. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NotAssessed(String status, String note) {

        /** The section {@code name} as the format words it. */
        public static NotAssessed named(String name) {
            return new NotAssessed(PassportFormat.NOT_ASSESSED, PassportFormat.notAssessed().get(name));
        }
    }
}
