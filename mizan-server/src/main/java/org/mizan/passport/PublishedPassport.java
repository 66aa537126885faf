package org.mizan.passport;

import java.time.Instant;
import java.util.Objects;

/** A passport as published: who published it and when, the figures a listing shows, and the document (JSON text). */
public record PublishedPassport(String id, String publishedBy, Instant publishedAt, String exporter, String destinationCountry,
        String netMassKg, String forms, String document) {

    public PublishedPassport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publishedAt, "published at");
        Objects.requireNonNull(document, "document");
    }
}
