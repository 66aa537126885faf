package org.mizan.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Province and district boundaries (geoBoundaries, public domain), held in memory. Containment
 * tests allow {@link #TOLERANCE_DEGREES} because the published boundaries are simplified to about
 * 300 m; a licence drawn along a true border must not be refused for the simplification. Every
 * province keeps the registry's time zone ({@code mizan.registry.time-zone}), in which the law reads
 * licence dates.
 */
@Component
public class Provinces {

    static final double TOLERANCE_DEGREES = 0.005;

    private record Area(Province province, Geometry shape, PreparedGeometry lenient) {
    }

    private record District(String name, ProvinceCode province, PreparedGeometry shape) {
    }

    private final Map<ProvinceCode, Area> areas = new LinkedHashMap<>();
    private final List<District> districts = new ArrayList<>();
    private final ZoneId zone;

    Provinces(JsonMapper json, @Value("${mizan.registry.time-zone}") ZoneId zone) {
        this.zone = zone;
        for (JsonNode feature : load(json, "registry/provinces-adm1.geojson").get("features")) {
            ProvinceCode code = new ProvinceCode(feature.get("properties").get("shapeISO").asString());
            Geometry shape = GeoJson.read(feature.get("geometry"));
            Province province = new Province(code, feature.get("properties").get("shapeName").asString(), zone);
            areas.put(code, new Area(province, shape, PreparedGeometryFactory.prepare(shape.buffer(TOLERANCE_DEGREES))));
        }
        for (JsonNode feature : load(json, "registry/districts-adm2.geojson").get("features")) {
            JsonNode properties = feature.get("properties");
            districts.add(new District(properties.get("shapeName").asString(),
                    new ProvinceCode(properties.get("adm1_iso").asString()),
                    PreparedGeometryFactory.prepare(GeoJson.read(feature.get("geometry")))));
        }
    }

    public List<Province> all() {
        return areas.values().stream().map(Area::province).toList();
    }

    public Province get(ProvinceCode code) {
        Area area = areas.get(code);
        if (area == null) {
            throw Rejection.invalid("unknown-province", "Unknown province " + Rejection.quote(code.value()) + "; known: " + areas.keySet());
        }
        return area.province();
    }

    /** The registry's own time zone, for views across all provinces at once. */
    public ZoneId zone() {
        return zone;
    }

    /** The time zone in which the province's law reads dates. */
    public ZoneId zone(ProvinceCode code) {
        return get(code).zone();
    }

    /** The district outlines of one province, for drawing a map. */
    public List<Geometry> districtBoundaries(ProvinceCode code) {
        return districts.stream().filter(d -> d.province().equals(code)).map(d -> d.shape().getGeometry()).toList();
    }

    public Geometry boundary(ProvinceCode code) {
        get(code);
        return areas.get(code).shape();
    }

    /** Whether the area lies within the province, allowing for the boundaries' simplification. */
    public boolean contains(ProvinceCode code, Geometry area) {
        get(code);
        return areas.get(code).lenient().covers(area);
    }

    /**
     * The province and district of a point. A point just outside every simplified boundary (a coastal
     * port, a border post) falls back to the province whose tolerance band holds it.
     */
    public Optional<Place> locate(double lat, double lon) {
        Point point = GeoJson.FACTORY.createPoint(new Coordinate(lon, lat));
        Optional<Area> strict = areas.values().stream().filter(a -> a.shape().covers(point)).findFirst();
        return strict.or(() -> areas.values().stream().filter(a -> a.lenient().covers(point)).findFirst())
                .map(area -> new Place(area.province().code(), area.province().name(), district(area, point)));
    }

    private Optional<String> district(Area area, Point point) {
        return districts.stream().filter(d -> d.province().equals(area.province().code()))
                .filter(d -> d.shape().covers(point)).map(District::name).findFirst();
    }

    private static JsonNode load(JsonMapper json, String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Boundary file " + resource + " is missing from the build", e);
        }
    }
}
