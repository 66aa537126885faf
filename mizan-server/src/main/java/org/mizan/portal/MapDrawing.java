package org.mizan.portal;

import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Draws WGS 84 geometry as SVG paths in one frame: an equirectangular projection with longitude scaled
 * by the cosine of the frame's middle latitude, which at Pakistan's latitudes distorts less than the
 * page's own rounding. Outlines are simplified to about a pixel, so a country map stays small.
 */
final class MapDrawing {

    static final int WIDTH = 900;

    private final Envelope frame;
    private final double scale;
    private final double squeeze;
    private final double tolerance;

    MapDrawing(Envelope area) {
        Envelope padded = new Envelope(area);
        padded.expandBy(Math.max(area.getWidth(), area.getHeight()) * 0.04);
        this.frame = padded;
        this.squeeze = Math.cos(Math.toRadians((padded.getMinY() + padded.getMaxY()) / 2));
        this.scale = WIDTH / (padded.getWidth() * squeeze);
        this.tolerance = 0.8 / scale;
    }

    int height() {
        return (int) Math.ceil(frame.getHeight() * scale);
    }

    double x(double lon) {
        return (lon - frame.getMinX()) * squeeze * scale;
    }

    double y(double lat) {
        return (frame.getMaxY() - lat) * scale;
    }

    /** The path data of a polygon or multipolygon, simplified to this map's resolution. */
    String path(Geometry geometry) {
        Geometry shown = DouglasPeuckerSimplifier.simplify(geometry, tolerance);
        if (shown.isEmpty()) {
            shown = geometry;
        }
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < shown.getNumGeometries(); i++) {
            if (shown.getGeometryN(i) instanceof Polygon polygon) {
                ring(d, polygon.getExteriorRing().getCoordinates());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(d, polygon.getInteriorRingN(h).getCoordinates());
                }
            }
        }
        return d.toString();
    }

    private void ring(StringBuilder d, Coordinate[] points) {
        for (int i = 0; i < points.length; i++) {
            d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x(points[i].x), y(points[i].y)));
        }
        d.append('Z');
    }

    static Envelope around(List<Geometry> shapes) {
        Envelope all = new Envelope();
        shapes.forEach(s -> all.expandToInclude(s.getEnvelopeInternal()));
        return all;
    }
}
