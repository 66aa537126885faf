package org.mizan.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.SiteId;
import org.mizan.log.passport.Passport;
import org.mizan.log.passport.PassportAlerts;
import org.mizan.log.passport.PassportChain;
import org.mizan.log.passport.PassportLine;
import org.mizan.log.passport.PassportRegistryFacts;
import org.mizan.oversight.AlertSubject;
import org.springframework.web.util.HtmlUtils;

/**
 * What a passport page shows, worked out of the document: per line what it is, how much, how pure (the
 * grades with the certificates), where the consignment came from by province, district and licence (named,
 * not coded), the parties and sites by their registered names, and the alerts in two groups: those about
 * lots of this consignment's chain, and those that touch only a site or licence the chain shared with other
 * lots. Which lots an alert is about is in oversight's record of it ({@link AlertSubject}), not in the
 * passport document, so the page asks for it; the document and its format stay as they are.
 */
record PassportView(String id, Passport document, List<Line> lines, List<Share> provinces, List<Share> districts,
        List<Share> licences, String unattributed, int eventCount, Named exporter, Named buyer, Named publishedBy,
        List<Step> steps, List<AlertItem> chainAlerts, List<AlertItem> placeAlerts) {

    /** A party or site as the page names it: the registered name, and the id beside it (the same when unknown). */
    record Named(String id, String name) {

        /** Whether the page should show the id beside the name. */
        public boolean showId() {
            return id != null && !id.isEmpty() && !id.equals(name);
        }

        /** The name in bold with the id small beside it, escaped, for a sentence of the page's language. */
        public String html() {
            String strong = "<strong>" + HtmlUtils.htmlEscape(name) + "</strong>";
            return showId() ? strong + " <small class=\"pid\" dir=\"ltr\">" + HtmlUtils.htmlEscape(id) + "</small>" : strong;
        }
    }

    record Line(String lot, String material, String form, String stage, String netMassKg, List<Grade> purity,
            List<PassportLine.Assay> assays) {
    }

    record Grade(String element, String fraction) {
    }

    /**
     * An origin share: {@code key} is a province code, a district or a licence number (or "unattributed" /
     * "unknown", which the page words), {@code province} the province code it lies in where known, {@code
     * district} a licence's district, {@code fraction} the share as the document states it.
     */
    record Share(String key, String district, String province, String fraction) {

        public boolean unattributed() {
            return "unattributed".equals(key);
        }

        public boolean unknown() {
            return "unknown".equals(key);
        }
    }

    /** A step of the chain for the evidence table: its log entry, the parties and the site by name. */
    record Step(Long entry, String eventId, String type, String process, String adjustment, String time, Named site, Named actor,
            Named buyer) {
    }

    /**
     * An alert with what it touches of this chain: the chain's lots it names, the other lots it names, and the
     * chain's sites and licences it names. {@code known} is false when oversight has no record of it.
     */
    record AlertItem(PassportAlerts.Alert alert, boolean resolved, boolean known, List<String> chainLots, List<String> otherLots,
            List<Named> sites, List<String> licences) {
    }

    static PassportView of(Passport document, Named publishedBy, Function<String, Named> parties, Map<String, AlertSubject> subjects) {
        PassportRegistryFacts facts = document.evidence().registryFacts();
        Map<String, PassportRegistryFacts.Place> places = facts == null || facts.licences() == null ? Map.of() : facts.licences();
        Map<String, Named> sites = new LinkedHashMap<>();
        document.chain().sites().forEach(s -> sites.put(s.id(), new Named(s.id(), s.name() == null ? s.id() : s.name())));
        Passport.Origin origin = document.origin();
        List<List<AlertItem>> alerts = alerts(document, subjects, sites, places);
        return new PassportView(document.passportIdentifier(), document, lines(document), provinces(origin), districts(origin, places),
                licences(origin, places), origin.unattributedShare(), document.evidence().events().size(),
                named(document.generalInformation().exporter()), named(document.generalInformation().buyer()), publishedBy,
                steps(document, sites, parties), alerts.get(0), alerts.get(1));
    }

    private static List<Line> lines(Passport document) {
        List<Line> lines = new ArrayList<>();
        for (PassportLine line : document.lines()) {
            PassportLine.Stage stage = line.valueChainStage();
            List<Grade> grades = new ArrayList<>();
            line.purity().grades().forEach((element, fraction) -> grades.add(new Grade(element, fraction)));
            lines.add(new Line(line.lot(), line.materialName(), line.form(), stage.step() + " (" + stage.description() + ")",
                    line.netMassKg(), grades, line.purity().assays() == null ? List.of() : line.purity().assays()));
        }
        return lines;
    }

    private static List<Share> provinces(Passport.Origin origin) {
        List<Share> provinces = new ArrayList<>();
        origin.byProvince().forEach((code, fraction) -> provinces.add(new Share(code, null, code, fraction)));
        return provinces;
    }

    private static List<Share> districts(Passport.Origin origin, Map<String, PassportRegistryFacts.Place> places) {
        Map<String, String> provinceOfDistrict = new LinkedHashMap<>();
        places.values().forEach(p -> provinceOfDistrict.putIfAbsent(p.district(), p.province()));
        List<Share> districts = new ArrayList<>();
        origin.byDistrict().forEach((name, fraction) -> districts.add(new Share(name, null, provinceOfDistrict.get(name), fraction)));
        return districts;
    }

    private static List<Share> licences(Passport.Origin origin, Map<String, PassportRegistryFacts.Place> places) {
        List<Share> licences = new ArrayList<>();
        origin.byLicence().forEach((number, fraction) -> {
            Optional<PassportRegistryFacts.Place> place = Optional.ofNullable(places.get(number));
            licences.add(new Share(number, place.map(PassportRegistryFacts.Place::district).orElse(null),
                    place.map(PassportRegistryFacts.Place::province).orElse(null), fraction));
        });
        return licences;
    }

    private static List<Step> steps(Passport document, Map<String, Named> sites, Function<String, Named> parties) {
        Function<String, Named> site = id -> id == null || id.isEmpty() ? null : sites.getOrDefault(id, new Named(id, id));
        List<Step> steps = new ArrayList<>();
        List<PassportChain.Step> chainSteps = document.chain().steps();
        for (int i = 0; i < chainSteps.size(); i++) {
            PassportChain.Step s = chainSteps.get(i);
            Long entry = i < document.evidence().events().size() ? document.evidence().events().get(i).index() : null;
            steps.add(new Step(entry, s.eventId(), s.type(), s.process(), s.adjustment(), s.time(), site.apply(s.site()),
                    s.actor() == null ? null : parties.apply(s.actor()), s.buyer() == null ? null : parties.apply(s.buyer())));
        }
        return steps;
    }

    /**
     * The alerts in two lists: those that name a lot of the chain (or whose record oversight does not have, or may have
     * shortened), and those that name only other lots, or none, at a site or under a licence of the chain.
     */
    private static List<List<AlertItem>> alerts(Passport document, Map<String, AlertSubject> subjects, Map<String, Named> sites,
            Map<String, PassportRegistryFacts.Place> places) {
        Set<String> chainLots = new LinkedHashSet<>();
        document.chain().lots().forEach(l -> chainLots.add(l.id().toLowerCase(Locale.ROOT)));
        document.lines().forEach(l -> chainLots.add(l.lot().toLowerCase(Locale.ROOT)));
        Set<String> chainLicences = new LinkedHashSet<>(places.keySet());
        document.chain().sites().stream().map(PassportChain.Site::licence).filter(l -> l != null).forEach(chainLicences::add);
        List<AlertItem> aboutLots = new ArrayList<>();
        List<AlertItem> aboutPlaces = new ArrayList<>();
        PassportAlerts alerts = document.alerts();
        List<PassportAlerts.Alert> open = alerts == null || alerts.open() == null ? List.of() : alerts.open();
        List<PassportAlerts.Alert> resolved = alerts == null || alerts.resolved() == null ? List.of() : alerts.resolved();
        for (PassportAlerts.Alert alert : open) {
            place(alert, false, subjects.get(alert.id()), chainLots, chainLicences, sites, aboutLots, aboutPlaces);
        }
        for (PassportAlerts.Alert alert : resolved) {
            place(alert, true, subjects.get(alert.id()), chainLots, chainLicences, sites, aboutLots, aboutPlaces);
        }
        return List.of(aboutLots, aboutPlaces);
    }

    private static void place(PassportAlerts.Alert alert, boolean resolved, AlertSubject subject, Set<String> chainLots,
            Set<String> chainLicences, Map<String, Named> sites, List<AlertItem> aboutLots, List<AlertItem> aboutPlaces) {
        if (subject == null) {
            // Oversight does not know it (the passport came from elsewhere): never put it aside as not about the lots.
            aboutLots.add(new AlertItem(alert, resolved, false, List.of(), List.of(), List.of(), List.of()));
            return;
        }
        List<String> mine = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (LotId lot : subject.lots()) {
            (chainLots.contains(lot.value().toLowerCase(Locale.ROOT)) ? mine : others).add(lot.value());
        }
        List<Named> touchedSites = subject.sites().stream().map(SiteId::value).filter(sites::containsKey).map(sites::get).toList();
        List<String> touchedLicences = subject.licences().stream().map(LicenceNumber::value).filter(chainLicences::contains).toList();
        AlertItem item = new AlertItem(alert, resolved, true, mine, others, touchedSites, touchedLicences);
        (!mine.isEmpty() || !subject.complete() ? aboutLots : aboutPlaces).add(item);
    }

    private static Named named(Passport.Named named) {
        if (named == null) {
            return new Named("", "");
        }
        return new Named(named.id(), named.name() == null ? named.id() : named.name());
    }

    /** The ids of every alert the passport lists, for asking oversight what each is about. */
    static List<String> alertIds(Passport document) {
        List<String> ids = new ArrayList<>();
        PassportAlerts alerts = document.alerts();
        if (alerts != null) {
            if (alerts.open() != null) {
                alerts.open().forEach(a -> ids.add(a.id()));
            }
            if (alerts.resolved() != null) {
                alerts.resolved().forEach(a -> ids.add(a.id()));
            }
        }
        return ids;
    }
}
