package org.mizan.portal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Why an upload to the passport check was refused, in words for the page and a status and type for
 * a problem. Also what a broken multipart body becomes, so the page never shows a server error.
 */
final class UploadRefused extends RuntimeException {

    private final int status;
    private final String type;
    private final Map<String, Object> properties;

    UploadRefused(int status, String type, String reason) {
        this(status, type, reason, Map.of());
    }

    private UploadRefused(int status, String type, String reason, Map<String, Object> properties) {
        super(reason);
        this.status = status;
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    UploadRefused with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new UploadRefused(status, type, getMessage(), more);
    }

    /** The refusal itself, or what a multipart or binding failure means to the person uploading. */
    static UploadRefused of(Exception e) {
        if (e instanceof UploadRefused refused) {
            return refused;
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return new UploadRefused(413, "upload-too-large", "The upload is larger than this server accepts.");
        }
        if (e instanceof MultipartException) {
            return new UploadRefused(400, "malformed-upload", "The upload did not arrive as a well-formed form (multipart/form-data);"
                    + " choose the file again and resend it.");
        }
        return new UploadRefused(400, "malformed-upload", "The upload is missing a part or a field; choose the file again and resend it.");
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    Map<String, Object> properties() {
        return properties;
    }
}
