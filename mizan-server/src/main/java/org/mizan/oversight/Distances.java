package org.mizan.oversight;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Distances on the WGS 84 ellipsoid approximated by a sphere (mean radius 6,371.0088 km): the
 * haversine great-circle distance, and the distance from a point to an area in a local equirectangular
 * projection, which is accurate to well under a percent over a licence's few kilometres.
 */
final class Distances {

    static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double METRES_PER_DEGREE = Math.PI / 180 * EARTH_RADIUS_KM * 1000;

    private Distances() {
    }

    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Metres from the point to the nearest part of the area; zero inside it. */
    static double metresOutside(Geometry area, double lat, double lon) {
        AffineTransformation toMetres = new AffineTransformation()
                .translate(-lon, -lat)
                .scale(METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)), METRES_PER_DEGREE);
        Geometry local = toMetres.transform(area);
        return local.distance(new GeometryFactory().createPoint(new Coordinate(0, 0)));
    }
}
