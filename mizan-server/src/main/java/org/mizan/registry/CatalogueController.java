package org.mizan.registry;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.ProvinceCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CatalogueController {

    static final String ATTRIBUTION = "Boundaries: geoBoundaries (public domain), www.geoboundaries.org, Runfola et al. 2020, "
            + "PLoS ONE 15(4): e0231866. Simplified; AJK and Gilgit-Baltistan as Pakistan administers them.";

    record ElementView(String symbol, String name, BigDecimal atomicWeight) {
    }

    record MineralView(String code, String name, List<String> elements) {
    }

    record MaterialView(String code, String name, String mineral, String form, int stage, String primaryElement,
            String formula, BigDecimal elementFactor) {
    }

    record FormView(String code, int order) {
    }

    record CatalogueView(List<ElementView> elements, List<MineralView> minerals, List<FormView> forms,
            List<MaterialView> materials) {
    }

    private final Catalogue catalogue;
    private final Provinces provinces;

    CatalogueController(Catalogue catalogue, Provinces provinces) {
        this.catalogue = catalogue;
        this.provinces = provinces;
    }

    @GetMapping("/api/v1/catalogue")
    CatalogueView catalogue() {
        return new CatalogueView(
                catalogue.elements().stream().map(e -> new ElementView(e.symbol().value(), e.name(), e.atomicWeight())).toList(),
                catalogue.minerals().stream().map(m -> new MineralView(m.code(), m.name(),
                        m.elements().stream().map(ElementSymbol::value).toList())).toList(),
                Arrays.stream(Form.values()).map(f -> new FormView(f.code(), f.ordinal() + 1)).toList(),
                catalogue.materials().stream().map(m -> new MaterialView(m.code(), m.name(), m.mineral(), m.form().code(),
                        m.stage(), m.primaryElement().value(), m.formula().orElse(null),
                        catalogue.elementFactor(m).orElse(null))).toList());
    }

    @GetMapping("/api/v1/provinces")
    Map<String, Object> provinces() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("provinces", provinces.all().stream().map(p -> Map.of("code", p.code().value(), "name", p.name())).toList());
        out.put("attribution", ATTRIBUTION);
        return out;
    }

    /** One province as a GeoJSON Feature, boundary included. */
    @GetMapping("/api/v1/provinces/{code}")
    Map<String, Object> province(@PathVariable String code) {
        Province province = provinces.get(new ProvinceCode(code));
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", province.code().value());
        feature.put("properties", Map.of("code", province.code().value(), "name", province.name(), "attribution", ATTRIBUTION));
        feature.put("geometry", GeoJson.write(provinces.boundary(province.code())));
        return feature;
    }
}
