package org.mizan.passport;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.custody.ConsignmentChain;
import org.mizan.ledger.Ledger;
import org.mizan.log.passport.PassportFormat;
import org.mizan.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * Puts a passport together from custody's chain, the registry and the log. Field names follow the
 * spirit of the Battery Pass data model (general information, material composition, supply-chain due
 * diligence); sections for capabilities Mizan does not have yet say "not assessed".
 */
@Component
class PassportAssembly {

    static final String FORMAT = PassportFormat.CURRENT;

    private final Registry registry;
    private final Ledger ledger;
    private final ChainAlerts alerts;
    private final PassportConfiguration.ElementTolerance tolerance;

    PassportAssembly(Registry registry, Ledger ledger, ChainAlerts alerts, PassportConfiguration.ElementTolerance tolerance) {
        this.registry = registry;
        this.ledger = ledger;
        this.alerts = alerts;
        this.tolerance = tolerance;
    }

    Map<String, Object> assemble(ConsignmentChain chain) {
        SiteNames sites = new SiteNames(registry);
        LicencePlaces places = new LicencePlaces(registry);
        LineSection lines = new LineSection(registry.catalogue(), sites);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        out.put("passportIdentifier", chain.head().id());
        out.put("generalInformation", general(chain, sites));
        out.put("lines", lines.lines(chain));
        out.put("totals", lines.totals(chain));
        out.put("origin", new OriginSection(places).origin(chain));
        out.put("chain", new ChainSection(sites).chain(chain));
        out.put("alerts", alerts(chain, sites));
        PassportFormat.notAssessed().forEach((section, note) -> out.put(section, Map.of("status", PassportFormat.NOT_ASSESSED, "note", note)));
        out.put("declared", PassportFormat.declarations(ledger.origin()));
        out.put("evidence", new EvidenceSection(ledger, new RegistryFactsSection(registry, sites, places, tolerance)).evidence(chain));
        return out;
    }

    private Map<String, Object> general(ConsignmentChain chain, SiteNames sites) {
        ConsignmentChain.Head head = chain.head();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("consignment", head.id());
        out.put("exporter", party(head.exporter()));
        out.put("buyer", party(head.buyer()));
        out.put("destinationCountry", head.destinationCountry());
        out.put("port", Map.of("id", head.port(), "name", sites.name(head.port())));
        out.put("exportedAt", head.exportedAt());
        out.put("declaredValueUsd", head.declaredValueUsd());
        out.put("exportEventId", head.eventId());
        return out;
    }

    private Map<String, String> party(String id) {
        String name = registry.party(new org.mizan.kernel.PartyId(id)).map(p -> p.name()).orElse(id);
        return Map.of("id", id, "name", name);
    }

    private Map<String, Object> alerts(ConsignmentChain chain, SiteNames sites) {
        Set<String> lots = new LinkedHashSet<>();
        Set<String> siteIds = new LinkedHashSet<>();
        Set<String> licences = new LinkedHashSet<>();
        chain.lots().forEach(l -> {
            lots.add(l.id());
            siteIds.add(l.site());
        });
        chain.events().stream().map(e -> ChainSection.site(e.body())).filter(s -> !s.isEmpty()).forEach(siteIds::add);
        siteIds.forEach(s -> sites.site(s).flatMap(site -> site.licence()).ifPresent(l -> licences.add(l.value())));
        // Progress first: alerts found afterwards cover at least that far.
        OversightProgress progress = alerts.progress();
        List<AlertSummary> found = alerts.alertsTouching(lots, siteIds, licences);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", PassportFormat.alertStatus(found.size()));
        out.put("coverage", PassportFormat.alertCoverage(progress.evaluatedThrough(), progress.committedThrough(), progress.setAside()));
        out.put("progress", Map.of("evaluatedThrough", progress.evaluatedThrough(), "committedThrough", progress.committedThrough(),
                "setAside", progress.setAside()));
        out.put("open", found.stream().filter(a -> !"resolved".equalsIgnoreCase(a.status())).map(PassportAssembly::alert).toList());
        out.put("resolved", found.stream().filter(a -> "resolved".equalsIgnoreCase(a.status())).map(PassportAssembly::alert).toList());
        return out;
    }

    private static Map<String, Object> alert(AlertSummary a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("rule", a.rule());
        out.put("severity", a.severity());
        out.put("status", a.status());
        out.put("finding", a.finding());
        out.put("raisedAt", a.raisedAt().toString());
        out.put("explanation", a.explanation());
        return out;
    }
}
