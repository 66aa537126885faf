package org.mizan.epcis;

import java.util.Locale;
import java.util.Map;

import org.mizan.kernel.Rejection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The capture interface's limits and formats: which Content-Types are EPCIS documents (JSON-LD, XML),
 * how many events and bytes one capture may carry (advertised in the {@code GS1-EPCIS-Capture-Limit}
 * and {@code GS1-EPCIS-Capture-File-Size-Limit} headers, enforced with 413), and the one error
 * behaviour supported, rollback. A document is refused whole, before anything is stored, when an event
 * nests too deep ({@link NestingLimit}), names an invalid GS1 key ({@link Gs1Keys}) or carries a Mizan
 * extension field of the wrong shape ({@link ExtensionShapes}).
 */
@Component
class CaptureLimits {

    private final int eventLimit;
    private final long fileSizeLimit;

    CaptureLimits(@Value("${mizan.epcis.capture-limit:10000}") int eventLimit,
            @Value("${mizan.http.max-body-bytes:10485760}") long fileSizeLimit) {
        this.eventLimit = eventLimit;
        this.fileSizeLimit = fileSizeLimit;
    }

    EpcisDocument read(byte[] body, String contentType) {
        // The mappings accept only the EPCIS media types (anything else is a 415 before this point).
        boolean json = contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("xml");
        if (body == null || body.length == 0) {
            throw new Rejection(Rejection.Kind.MALFORMED, "epcis-malformed-document", "The request has no body", Map.of());
        }
        if (body.length > fileSizeLimit) {
            throw tooLarge("The document has " + body.length + " bytes; the limit is " + fileSizeLimit);
        }
        EpcisDocument document = json ? fromJson(body) : XmlDocuments.read(body);
        if (document.events().size() > eventLimit) {
            throw tooLarge("The document has " + document.events().size() + " events; one capture takes at most " + eventLimit);
        }
        // The same rules for both bindings, on the JSON-LD form that is stored, before any job exists.
        NestingLimit.check(document);
        Gs1Keys.check(document);
        ExtensionShapes.check(document);
        return document;
    }

    private static EpcisDocument fromJson(byte[] body) {
        var node = JsonDocuments.read(body);
        JsonSchema.validate(node);
        return EpcisDocument.fromJson(node);
    }

    void checkBehaviour(String behaviour) {
        if (behaviour != null && !behaviour.equals("rollback")) {
            throw new Rejection(Rejection.Kind.MALFORMED, "epcis-capture-error-behaviour",
                    "Only GS1-Capture-Error-Behaviour: rollback is supported: a capture is stored whole or not at all", Map.of());
        }
    }

    private Rejection tooLarge(String detail) {
        return new Rejection(Rejection.Kind.TOO_LARGE, "epcis-capture-too-large", detail,
                Map.of("captureLimit", eventLimit, "fileSizeLimit", fileSizeLimit));
    }

    HttpHeaders headers() {
        HttpHeaders headers = versionHeaders();
        headers.add("GS1-EPCIS-Capture-Limit", String.valueOf(eventLimit));
        headers.add("GS1-EPCIS-Capture-File-Size-Limit", String.valueOf(fileSizeLimit));
        headers.add("GS1-Capture-Error-Behaviour", "rollback");
        return headers;
    }

    HttpHeaders versionHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("GS1-EPCIS-Version", "2.0.0");
        headers.add("GS1-CBV-Version", "2.0.0");
        headers.add("GS1-Extensions", "mizan=" + MizanExtension.NAMESPACE);
        return headers;
    }
}
