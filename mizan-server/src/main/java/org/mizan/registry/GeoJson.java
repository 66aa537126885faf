package org.mizan.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.mizan.kernel.Rejection;

import tools.jackson.databind.JsonNode;

/**
 * Reads and writes the GeoJSON (RFC 7946) geometries the registry uses: Polygon and MultiPolygon in
 * WGS 84 longitude/latitude. Only these two types exist for areas, so a full GeoJSON library would
 * add weight without adding safety.
 */
public final class GeoJson {

    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final int MAX_VERTICES = 100_000;

    private GeoJson() {
    }

    public static Geometry read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw invalid("The area must be a GeoJSON geometry object");
        }
        if ("Feature".equals(node.path("type").asString(""))) {
            return read(node.get("geometry"));
        }
        String type = node.path("type").asString("");
        JsonNode coordinates = node.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw invalid("A GeoJSON geometry needs a coordinates array");
        }
        if ("Polygon".equals(type)) {
            return polygon(coordinates);
        }
        if ("MultiPolygon".equals(type)) {
            List<Polygon> parts = new ArrayList<>();
            coordinates.forEach(p -> parts.add(polygon(p)));
            return FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
        }
        throw invalid("The area must be a GeoJSON Polygon or MultiPolygon, got " + Rejection.quote(type));
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw invalid("A polygon needs at least one ring");
        }
        List<LinearRing> parsed = new ArrayList<>();
        rings.forEach(r -> parsed.add(ring(r)));
        return FACTORY.createPolygon(parsed.get(0), parsed.subList(1, parsed.size()).toArray(LinearRing[]::new));
    }

    private static LinearRing ring(JsonNode positions) {
        if (!positions.isArray() || positions.size() < 4 || positions.size() > MAX_VERTICES) {
            throw invalid("A ring needs 4 to " + MAX_VERTICES + " positions");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            coordinates[i] = position(positions.get(i));
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw invalid("A ring must end where it starts");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static Coordinate position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw invalid("A position is [longitude, latitude]");
        }
        // numberValue(), not asDouble(): Jackson refuses to narrow a huge integer; infinity fails the range check below.
        double lon = position.get(0).numberValue().doubleValue();
        double lat = position.get(1).numberValue().doubleValue();
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw invalid("Position [" + lon + ", " + lat + "] is not a WGS 84 longitude/latitude");
        }
        return new Coordinate(lon, lat);
    }

    public static Map<String, Object> write(Geometry geometry) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (geometry instanceof Polygon polygon) {
            out.put("type", "Polygon");
            out.put("coordinates", rings(polygon));
        } else if (geometry instanceof MultiPolygon multi) {
            List<Object> parts = new ArrayList<>();
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                parts.add(rings((Polygon) multi.getGeometryN(i)));
            }
            out.put("type", "MultiPolygon");
            out.put("coordinates", parts);
        } else {
            throw new IllegalArgumentException("Only polygons are stored, not " + geometry.getGeometryType());
        }
        return out;
    }

    private static List<Object> rings(Polygon polygon) {
        List<Object> rings = new ArrayList<>();
        rings.add(positions(polygon.getExteriorRing().getCoordinates()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private static List<double[]> positions(Coordinate[] coordinates) {
        List<double[]> out = new ArrayList<>(coordinates.length);
        for (Coordinate c : coordinates) {
            out.add(new double[] {c.x, c.y});
        }
        return out;
    }

    private static Rejection invalid(String detail) {
        return Rejection.invalid("invalid-geometry", detail);
    }
}
