package org.mizan.custody;

/** WGS 84 latitude and longitude in decimal degrees, as GeoJSON positions use (RFC 7946 §3.1.1, order swapped for readability). */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude out of range: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude out of range: " + longitude);
        }
    }
}
