package org.mizan.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.mizan.kernel.ProvinceCode;
import org.mizan.registry.GeoJson;
import org.mizan.registry.Licence;
import org.mizan.registry.MineralCapacity;
import org.mizan.registry.Province;
import org.mizan.registry.Registry;
import org.mizan.registry.Site;
import org.springframework.context.MessageSource;

/**
 * The map's layers as one GeoJSON FeatureCollection (RFC 7946, WGS 84) for the Leaflet map: the bundled
 * boundaries (simplified to the frame's scale), each licence's polygon with a point to mark it, and each site,
 * with the words the page shows in the reader's language. What the server-drawn SVG draws, the same registry rows.
 */
final class MapFeatures {

    private final Registry registry;
    private final MessageSource messages;
    private final Locale locale;
    private final LocalDate today;

    MapFeatures(Registry registry, MessageSource messages, Locale locale, LocalDate today) {
        this.registry = registry;
        this.messages = messages;
        this.locale = locale;
        this.today = today;
    }

    Map<String, Object> collection(List<Province> provinces, Optional<ProvinceCode> framed, List<Licence> licences, List<Site> sites) {
        // About a pixel of a phone-sized country map, or of one province framed.
        double tolerance = framed.isPresent() ? 0.002 : 0.01;
        List<Object> features = new ArrayList<>();
        for (Province p : provinces) {
            if (framed.isEmpty() || framed.get().equals(p.code())) {
                outline(registry.provinces().boundary(p.code()), tolerance).ifPresent(g -> features.add(feature(g, Map.of("layer", "province",
                        "code", p.code().value(), "name", word("province." + p.code().value(), p.name())))));
            }
        }
        framed.ifPresent(code -> registry.provinces().districtBoundaries(code)
                .forEach(d -> outline(d, tolerance).ifPresent(g -> features.add(feature(g, Map.of("layer", "district", "code", code.value()))))));
        licences.forEach(l -> features.add(licence(l)));
        for (Site s : sites) {
            Map<String, Object> point = Map.of("type", "Point", "coordinates", List.of(round(s.lon()), round(s.lat())));
            features.add(feature(point, Map.of("layer", "site", "id", s.id().value(), "name", s.name(),
                    "kind", word("site.kind." + s.kind().code(), s.kind().code()), "url", "/sites/" + s.id().value())));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "FeatureCollection");
        out.put("features", features);
        return out;
    }

    private Map<String, Object> licence(Licence l) {
        String holder = registry.party(l.holder()).map(p -> p.name()).orElse(l.holder().value());
        String minerals = l.minerals().stream().map(MineralCapacity::mineral).map(m -> word("mineral." + m, m))
                .collect(Collectors.joining(", "));
        String status = l.statusOn(today).code();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("layer", "licence");
        properties.put("number", l.number().value());
        properties.put("holder", holder);
        properties.put("minerals", minerals);
        properties.put("status", status);
        properties.put("statusLabel", word("licence.status." + status, status));
        properties.put("url", "/licences/" + l.number().value());
        Point centre = l.area().getInteriorPoint();
        properties.put("marker", List.of(round(centre.getX()), round(centre.getY())));
        return feature(GeoJson.write(l.area()), properties);
    }

    private static Optional<Map<String, Object>> outline(Geometry boundary, double tolerance) {
        Geometry simple = TopologyPreservingSimplifier.simplify(boundary, tolerance);
        if (simple.isEmpty() || !(simple instanceof Polygon || simple instanceof MultiPolygon)) {
            return Optional.empty();
        }
        return Optional.of(GeoJson.write(simple));
    }

    private static Map<String, Object> feature(Map<String, Object> geometry, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    private String word(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, locale);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
