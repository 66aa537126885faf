package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.SiteId;
import org.mizan.log.passport.Passport;
import org.mizan.log.passport.PassportAlerts;
import org.mizan.log.passport.PassportChain;
import org.mizan.log.passport.PassportEvidence;
import org.mizan.log.passport.PassportLine;
import org.mizan.log.passport.PassportRegistryFacts;
import org.mizan.oversight.AlertSubject;

/** Which alerts a passport page lists as about the consignment's lots, and which as about a place its chain shared. */
class PassportViewTests {

    private static PassportAlerts.Alert alert(String id, String rule) {
        return new PassportAlerts.Alert(id, rule, "high", "open", null, "2025-10-01T00:00:00Z", "why");
    }

    private static Passport passport(List<PassportAlerts.Alert> open) {
        PassportChain chain = new PassportChain(
                List.of(new PassportChain.Step("e1", "extracted", "2025-08-04T02:30:00Z", "fwo", "pit", null, List.of("ORE-1"), null, null),
                        new PassportChain.Step("e2", "processed", "2025-08-20T05:00:00Z", "hub", "plant", "flotation",
                                List.of("ORE-1", "CON-1"), null, null)),
                List.of(new PassportChain.Site("pit", "Copper pit", "mine", "PK-BA", "BA-ML-1"),
                        new PassportChain.Site("plant", "Hub plant", "plant", "PK-BA", null)),
                List.of(new PassportChain.Lot("ORE-1", "cu-ore", "ore", "plant"), new PassportChain.Lot("CON-1", "cu-concentrate", "concentrate", "port")),
                List.of(new PassportChain.Edge("ORE-1", "CON-1", "e2")));
        PassportLine line = new PassportLine("CON-1", "cu-concentrate", "Copper concentrate", "concentrate",
                new PassportLine.Stage("beneficiation", "upgraded concentrate", 2), "1000", Map.of("Cu", "268.4"),
                new PassportLine.Purity(Map.of("Cu", "0.2684"), List.of()), Map.of("BA-ML-1", "1"));
        PassportRegistryFacts facts = new PassportRegistryFacts(Map.of("ORE-1", "BA-ML-1"),
                Map.of("BA-ML-1", new PassportRegistryFacts.Place("Chagai", "PK-BA")), Map.of(), null, Map.of(), Map.of(), "0.02");
        PassportEvidence evidence = new PassportEvidence("log", "key", 10L, "cp",
                List.of(new PassportEvidence.Entry("e1", 3L, "s", List.of(), Map.of()), new PassportEvidence.Entry("e2", 7L, "s", List.of(), Map.of())),
                facts);
        Map<String, String> byLicence = new LinkedHashMap<>(Map.of("BA-ML-1", "1"));
        return new Passport("v2", "X-1", new Passport.GeneralInformation("X-1", new Passport.Named("fwo", "Frontier Works"),
                new Passport.Named("usm", null), "US", new Passport.Named("port", "Port"), "2025-10-08T11:00:00Z", "1", "ex"),
                List.of(line), null, new Passport.Origin("m", byLicence, Map.of("Chagai", "1"), Map.of("PK-BA", "1"), "0"), chain,
                new PassportAlerts("n alerts", null, null, open, List.of()), null, null, null, null, evidence, null);
    }

    private static AlertSubject subject(String id, List<String> lots, List<String> sites, List<String> licences, boolean complete) {
        return new AlertSubject(id, lots.stream().map(LotId::new).toList(), sites.stream().map(SiteId::new).toList(),
                licences.stream().map(LicenceNumber::new).toList(), complete);
    }

    @Test
    void anAlertNamingALotOfTheChainIsAboutTheConsignmentAndOneNamingOnlyOtherLotsAtAChainSiteIsListedApart() {
        Passport passport = passport(List.of(alert("A1", "TRANSIT_LOSS"), alert("A2", "ELEMENT_IMBALANCE"), alert("A3", "PAYMENT_RECEIPT_MISMATCH"),
                alert("A4", "ELEMENT_IMBALANCE_PATTERN"), alert("A5", "GRADE_OUTLIER")));
        Map<String, AlertSubject> subjects = Map.of(
                "A1", subject("A1", List.of("ore-1"), List.of("pit", "plant"), List.of(), true),
                "A2", subject("A2", List.of("ORE-9", "CON-9"), List.of("plant"), List.of(), true),
                "A3", subject("A3", List.of(), List.of(), List.of("BA-ML-1"), true),
                // A folded alert whose record kept only its first lots may name a lot of this chain among those it dropped.
                "A4", subject("A4", List.of("ORE-8"), List.of("plant"), List.of(), false));
        PassportView view = PassportView.of(passport, new PassportView.Named("fwo", "Frontier Works"), id -> new PassportView.Named(id, id),
                subjects);

        assertThat(view.chainAlerts()).extracting(i -> i.alert().id()).containsExactly("A1", "A4", "A5");
        assertThat(view.chainAlerts().get(0).chainLots()).containsExactly("ore-1");
        assertThat(view.chainAlerts().get(2).known()).isFalse();
        assertThat(view.placeAlerts()).extracting(i -> i.alert().id()).containsExactly("A2", "A3");
        PassportView.AlertItem imbalance = view.placeAlerts().get(0);
        assertThat(imbalance.otherLots()).containsExactly("ORE-9", "CON-9");
        assertThat(imbalance.sites()).extracting(PassportView.Named::name).containsExactly("Hub plant");
        assertThat(view.placeAlerts().get(1).licences()).containsExactly("BA-ML-1");
    }

    @Test
    void namesPartiesSitesAndPlacesAndKeepsTheLogEntryOfEachStep() {
        PassportView view = PassportView.of(passport(List.of()), new PassportView.Named("fwo", "Frontier Works"),
                id -> new PassportView.Named(id, id.equals("hub") ? "Hub Minerals" : id), Map.of());
        assertThat(view.exporter().html()).isEqualTo("<strong>Frontier Works</strong> <small class=\"pid\" dir=\"ltr\">fwo</small>");
        // A party with no registered name is shown by its id alone, once.
        assertThat(view.buyer().html()).isEqualTo("<strong>usm</strong>");
        assertThat(view.steps()).extracting(PassportView.Step::entry).containsExactly(3L, 7L);
        assertThat(view.steps().get(1).site().name()).isEqualTo("Hub plant");
        assertThat(view.steps().get(1).actor().name()).isEqualTo("Hub Minerals");
        assertThat(view.licences().get(0)).isEqualTo(new PassportView.Share("BA-ML-1", "Chagai", "PK-BA", "1"));
        assertThat(view.districts().get(0).province()).isEqualTo("PK-BA");
    }
}
