package org.mizan.epcis;

/**
 * Why one event of a capture job failed, in the shape of an RFC 9457 problem as the capture job
 * document of the EPCIS 2.0 REST binding lists them; {@code rule} is the custody rule when custody refused it.
 */
record CaptureError(String type, String title, int status, String detail, String eventID, String rule) {

    static CaptureError of(String slug, String title, int status, String detail, String eventId, String rule) {
        return new CaptureError("/problems/" + slug, title, status, detail, eventId, rule);
    }
}
