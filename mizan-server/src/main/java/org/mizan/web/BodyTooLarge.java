package org.mizan.web;

import java.io.IOException;
import java.util.Map;

import org.mizan.kernel.Rejection;

/** Raised while reading a body that turns out larger than allowed (no or false Content-Length). */
class BodyTooLarge extends IOException {

    private final long limit;

    BodyTooLarge(long limit) {
        super("Request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    Rejection rejection() {
        return new Rejection(Rejection.Kind.TOO_LARGE, "body-too-large",
                "The request body is larger than the limit of " + limit + " bytes", Map.of("limitBytes", limit));
    }
}
