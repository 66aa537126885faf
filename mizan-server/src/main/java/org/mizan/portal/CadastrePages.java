package org.mizan.portal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;
import org.mizan.oversight.AlertSummary;
import org.mizan.oversight.Oversight;
import org.mizan.registry.Registry;
import org.mizan.registry.Site;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Public pages of the registry: the searchable licence list, one page per licence and one per site. */
@Controller
class CadastrePages {

    private final Cadastre cadastre;
    private final Registry registry;
    private final Oversight oversight;

    CadastrePages(Cadastre cadastre, Registry registry, Oversight oversight) {
        this.cadastre = cadastre;
        this.registry = registry;
        this.oversight = oversight;
    }

    @GetMapping("/licences")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String mineral,
            @RequestParam(defaultValue = "") String province, Model model) {
        Cadastre.Search search = new Cadastre.Search(q, mineral, province);
        model.addAttribute("search", search);
        model.addAttribute("entries", cadastre.search(search));
        model.addAttribute("minerals", registry.catalogue().minerals());
        model.addAttribute("provinces", registry.provinces().all());
        return "portal/licences";
    }

    @GetMapping("/licences/{number}")
    String licence(@PathVariable String number, Model model) {
        Cadastre.Entry entry = parse(() -> new LicenceNumber(number)).flatMap(cadastre::licence)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No licence " + Rejection.quote(number)));
        model.addAttribute("entry", entry);
        model.addAttribute("alerts", open(oversight.alertsTouching(Set.of(), Set.of(), Set.of(entry.licence().number()))));
        return "portal/licence";
    }

    @GetMapping("/sites/{id}")
    String site(@PathVariable String id, Model model) {
        Site site = parse(() -> new SiteId(id)).flatMap(registry::site)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No site " + Rejection.quote(id)));
        model.addAttribute("site", site);
        model.addAttribute("operator", registry.party(site.operator()).map(p -> p.name()).orElse(site.operator().value()));
        model.addAttribute("produced", cadastre.producedAt(site));
        model.addAttribute("alerts", open(oversight.alertsTouching(Set.of(), Set.of(site.id()), Set.of())));
        return "portal/site";
    }

    private static List<AlertSummary> open(Collection<AlertSummary> alerts) {
        return alerts.stream().filter(a -> !a.status().equals("resolved")).toList();
    }

    private static <T> java.util.Optional<T> parse(java.util.function.Supplier<T> value) {
        try {
            return java.util.Optional.of(value.get());
        } catch (Rejection malformed) {
            return java.util.Optional.empty();
        }
    }
}
