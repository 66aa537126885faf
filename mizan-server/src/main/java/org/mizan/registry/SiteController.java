package org.mizan.registry;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;
import org.mizan.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SiteController {

    record SiteRequest(String id, String name, String kind, Double lat, Double lon, String operator, String licence) {

        SiteRequest {
            RequiredFields.check("id", id, "name", name, "kind", kind, "lat", lat, "lon", lon, "operator", operator);
        }

        Site toSite() {
            return new Site(new SiteId(id), name, SiteKind.of(kind), lat, lon, Optional.empty(), new PartyId(operator),
                    Optional.ofNullable(licence).map(LicenceNumber::new));
        }
    }

    record SiteView(String id, String name, String kind, double lat, double lon, String province, String operator,
            String licence) {

        static SiteView of(Site s) {
            return new SiteView(s.id().value(), s.name(), s.kind().code(), s.lat(), s.lon(),
                    s.province().map(ProvinceCode::value).orElse(null), s.operator().value(),
                    s.licence().map(LicenceNumber::value).orElse(null));
        }
    }

    private final Registry registry;
    private final CurrentActor actor;

    SiteController(Registry registry, CurrentActor actor) {
        this.registry = registry;
        this.actor = actor;
    }

    @GetMapping("/api/v1/sites")
    List<SiteView> all(@RequestParam Optional<String> kind, @RequestParam Optional<String> province) {
        return registry.sites(kind.map(SiteKind::of), province.map(ProvinceCode::new)).stream().map(SiteView::of).toList();
    }

    @GetMapping("/api/v1/sites/{id}")
    SiteView one(@PathVariable String id) {
        return registry.site(new SiteId(id)).map(SiteView::of)
                .orElseThrow(() -> Rejection.notFound("unknown-site", "No site " + Rejection.quote(id) + " is registered"));
    }

    @PostMapping("/api/v1/sites")
    ResponseEntity<SiteView> register(@RequestBody SiteRequest request) {
        Site site = registry.registerSite(actor.require(), request.toSite());
        return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(SiteView.of(site));
    }
}
