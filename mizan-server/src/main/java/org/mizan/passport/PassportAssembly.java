package org.mizan.passport;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mizan.custody.ConsignmentChain;
import org.mizan.ledger.Ledger;
import org.mizan.log.passport.Passport;
import org.mizan.log.passport.PassportAlerts;
import org.mizan.log.passport.PassportEvidence;
import org.mizan.log.passport.PassportFormat;
import org.mizan.registry.Registry;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

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
    private final ChainRoyalties royalties;
    private final PassportConfiguration.ElementTolerance tolerance;
    private final JsonMapper json;

    PassportAssembly(Registry registry, Ledger ledger, ChainAlerts alerts, ChainRoyalties royalties,
            PassportConfiguration.ElementTolerance tolerance, JsonMapper json) {
        this.royalties = royalties;
        this.registry = registry;
        this.ledger = ledger;
        this.alerts = alerts;
        this.tolerance = tolerance;
        this.json = json;
    }

    /** The passport without its publication line, which the caller adds. */
    Passport assemble(ConsignmentChain chain) {
        SiteNames sites = new SiteNames(registry);
        LicencePlaces places = new LicencePlaces(registry);
        LineSection lines = new LineSection(registry.catalogue(), sites);
        RegistryFactsSection facts = new RegistryFactsSection(registry, sites, places, tolerance);
        List<ChainRoyalties.CommittedAssessment> assessed = royalties.assessmentsOf(chain.lots().stream().map(l -> l.id()).toList());
        long lastAssessment = assessed.stream().mapToLong(ChainRoyalties.CommittedAssessment::logIndex).max().orElse(0);
        PassportEvidence evidence = new EvidenceSection(ledger, facts, json).evidence(chain, lastAssessment);
        return new Passport(FORMAT, chain.head().id(), general(chain, sites), lines.lines(chain), lines.totals(chain),
                new OriginSection(places).origin(chain), new ChainSection(sites).chain(chain), alerts(chain, sites),
                Passport.NotAssessed.named("supplyChainDueDiligence"), Passport.NotAssessed.named("esg"),
                new RoyaltySection(ledger).royalties(assessed, evidence.treeSize()), PassportFormat.declarations(ledger.origin()),
                evidence, null);
    }

    private Passport.GeneralInformation general(ConsignmentChain chain, SiteNames sites) {
        ConsignmentChain.Head head = chain.head();
        return new Passport.GeneralInformation(head.id(), party(head.exporter()), party(head.buyer()), head.destinationCountry(),
                new Passport.Named(head.port(), sites.name(head.port())), head.exportedAt(), head.declaredValueUsd(), head.eventId());
    }

    private Passport.Named party(String id) {
        return new Passport.Named(id, registry.party(new org.mizan.kernel.PartyId(id)).map(p -> p.name()).orElse(id));
    }

    private PassportAlerts alerts(ConsignmentChain chain, SiteNames sites) {
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
        return new PassportAlerts(PassportFormat.alertStatus(found.size()),
                PassportFormat.alertCoverage(progress.evaluatedThrough(), progress.committedThrough(), progress.setAside()),
                new PassportAlerts.Progress(progress.evaluatedThrough(), progress.committedThrough(), progress.setAside()),
                found.stream().filter(a -> !resolved(a)).map(PassportAssembly::alert).toList(),
                found.stream().filter(PassportAssembly::resolved).map(PassportAssembly::alert).toList());
    }

    private static boolean resolved(AlertSummary alert) {
        return "resolved".equalsIgnoreCase(alert.status());
    }

    private static PassportAlerts.Alert alert(AlertSummary a) {
        return new PassportAlerts.Alert(a.id(), a.rule(), a.severity(), a.status(), a.finding(), a.raisedAt().toString(), a.explanation());
    }
}
