package org.mizan.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.registry.LicenceOffice;
import org.mizan.registry.Province;
import org.mizan.registry.Registry;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The map of licences and sites over the bundled province and district boundaries, drawn on the
 * server as SVG: no tile server, nothing fetched from elsewhere, readable without JavaScript. Where scripts
 * run, the page draws the same layers with Leaflet (served from its webjar) from {@code /map.geojson}, to pan
 * and zoom; the SVG stays as the fallback. The country is the default frame; {@code ?province=} frames one
 * province and draws its districts.
 */
@Controller
class MapPage {

    private final Registry registry;
    private final LicenceOffice office;
    private final MessageSource messages;

    MapPage(Registry registry, LicenceOffice office, MessageSource messages) {
        this.registry = registry;
        this.office = office;
        this.messages = messages;
    }

    /** The same layers as GeoJSON, for the Leaflet map the page draws over its SVG when scripts run. */
    @GetMapping(value = "/map.geojson", produces = "application/geo+json")
    @ResponseBody
    Map<String, Object> features(@RequestParam(required = false) String province, Locale locale) {
        Optional<ProvinceCode> framed = parse(province);
        return new MapFeatures(registry, messages, Languages.supported(locale), office.today()).collection(registry.provinces().all(),
                framed, office.search(framed, Optional.empty(), Optional.empty()), registry.sites(Optional.empty(), framed));
    }

    @GetMapping("/map")
    String map(@RequestParam(required = false) String province, Model model) {
        Optional<ProvinceCode> framed = parse(province);
        List<Province> provinces = registry.provinces().all();
        List<Geometry> frame = framed.map(code -> List.of(registry.provinces().boundary(code)))
                .orElseGet(() -> provinces.stream().map(p -> registry.provinces().boundary(p.code())).toList());
        MapDrawing drawing = new MapDrawing(MapDrawing.around(frame));
        MapLayers layers = new MapLayers(drawing, registry, office.today());
        model.addAttribute("provinces", provinces);
        model.addAttribute("framed", framed.map(ProvinceCode::value).orElse(null));
        model.addAttribute("width", MapDrawing.WIDTH);
        model.addAttribute("height", drawing.height());
        model.addAttribute("boundaries", layers.boundaries(provinces, framed));
        model.addAttribute("licences", layers.licences(office.search(framed, Optional.empty(), Optional.empty())));
        model.addAttribute("sites", layers.sites(registry.sites(Optional.empty(), framed)));
        return "portal/map";
    }

    private Optional<ProvinceCode> parse(String province) {
        if (province == null || province.isBlank()) {
            return Optional.empty();
        }
        try {
            ProvinceCode code = new ProvinceCode(province.strip());
            registry.provinces().get(code);
            return Optional.of(code);
        } catch (Rejection unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No province " + Rejection.quote(province));
        }
    }
}
