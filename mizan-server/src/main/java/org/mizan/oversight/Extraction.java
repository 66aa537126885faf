package org.mizan.oversight;

import java.time.OffsetDateTime;

import org.mizan.kernel.Mass;

/** An extraction as the rules see it: the lot, where the mine is, its licence and the tagged position. */
record Extraction(String eventId, String lot, String site, String operator, String licence, String material, String mineral,
        Mass mass, double lat, double lon, OffsetDateTime time) {

    Subject subject() {
        return new Subject(java.util.List.of(lot), java.util.List.of(site), java.util.List.of(licence), java.util.List.of(operator));
    }
}
