package org.mizan.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.registry.Licence;
import org.mizan.registry.LicenceOffice;
import org.mizan.registry.Place;
import org.mizan.registry.Registry;
import org.mizan.registry.Site;
import org.springframework.stereotype.Component;

/**
 * The licence cadastre as the public reads it: each licence with its holder's name, its district and
 * the production recorded at its sites; search by number, holder, mineral, province or district.
 */
@Component
class Cadastre {

    /** One licence as its row and its page show it. */
    record Entry(Licence licence, String holderName, Optional<Place> place, String status, List<Site> sites, long producedGrams) {

        public String district() {
            return place.flatMap(Place::district).orElse("");
        }
    }

    /** What a reader searches by; every part is optional and the parts narrow together. */
    record Search(String text, String mineral, String province) {

        boolean matches(Entry e) {
            String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            boolean byText = q.isEmpty() || e.licence().number().value().toLowerCase(Locale.ROOT).contains(q)
                    || e.holderName().toLowerCase(Locale.ROOT).contains(q) || e.district().toLowerCase(Locale.ROOT).contains(q);
            boolean byMineral = mineral == null || mineral.isBlank() || e.licence().covers(mineral.strip());
            boolean byProvince = province == null || province.isBlank() || e.licence().province().value().equals(province.strip());
            return byText && byMineral && byProvince;
        }
    }

    private final Registry registry;
    private final LicenceOffice office;
    private final PublicFigures figures;

    Cadastre(Registry registry, LicenceOffice office, PublicFigures figures) {
        this.registry = registry;
        this.office = office;
        this.figures = figures;
    }

    List<Entry> search(Search search) {
        PublicFigures.Snapshot now = figures.current();
        List<Site> sites = registry.sites(Optional.empty(), Optional.empty());
        return office.search(Optional.empty(), Optional.empty(), Optional.empty()).stream()
                .map(l -> entry(l, sites, now)).filter(search::matches).toList();
    }

    Optional<Entry> licence(LicenceNumber number) {
        return registry.licence(number).map(l -> entry(l, registry.sites(Optional.empty(), Optional.empty()), figures.current()));
    }

    private Entry entry(Licence l, List<Site> allSites, PublicFigures.Snapshot now) {
        List<Site> sites = allSites.stream().filter(s -> s.licence().filter(l.number()::equals).isPresent()).toList();
        var centre = l.area().getInteriorPoint();
        return new Entry(l, registry.party(l.holder()).map(p -> p.name()).orElse(l.holder().value()),
                registry.provinces().locate(centre.getY(), centre.getX()), l.statusOn(office.today()).code(), sites,
                now.extractedAt(sites.stream().map(Site::id).toList()));
    }

    long producedAt(Site site) {
        return figures.current().extractedAt(List.of(site.id()));
    }
}
