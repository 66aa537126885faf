package org.mizan.web;

import java.net.URI;
import java.util.Map;

import org.mizan.kernel.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;

/**
 * Turns every refusal into an RFC 9457 problem with a stable {@code type} per cause. Nothing
 * reaches a client as a bare stack trace or an HTML error page.
 */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(Rejection.class)
    ResponseEntity<ProblemDetail> rejected(Rejection rejection) {
        return problem(rejection);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        Rejection cause = causeOfType(e, Rejection.class);
        if (cause != null) {
            return problem(cause);
        }
        BodyTooLarge tooLarge = causeOfType(e, BodyTooLarge.class);
        if (tooLarge != null) {
            // The rest of the body is unread; closing the connection spares reading it.
            return ResponseEntity.status(413).header("Connection", "close").contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(tooLarge.rejection()).getBody());
        }
        JacksonException json = causeOfType(e, JacksonException.class);
        if (json != null) {
            return problem(JsonRefusal.of(json));
        }
        return problem(new Rejection(Rejection.Kind.MALFORMED, "malformed-body",
                "The request body is not well-formed JSON of the expected shape: " + firstLine(e), Map.of()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        FieldError field = e.getBindingResult().getFieldError();
        String name = field == null ? "body" : field.getField();
        String why = field == null ? "is invalid" : field.getDefaultMessage();
        return problem(new Rejection(Rejection.Kind.INVALID, "invalid-field",
                "Field " + name + " " + why, Map.of("field", name)));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameter(HandlerMethodValidationException e) {
        return problem(new Rejection(Rejection.Kind.MALFORMED, "invalid-parameter",
                "A request parameter is out of range: " + e.getReason(), Map.of()));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, TypeMismatchException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        return problem(new Rejection(Rejection.Kind.MALFORMED, "invalid-parameter",
                "A request parameter is missing or malformed: " + firstLine(e), Map.of()));
    }

    /** A query string the server cannot decode: a stray percent sign, or bytes that are not UTF-8. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableQuery(org.apache.tomcat.util.http.InvalidParameterException e) {
        return problem(undecodable());
    }

    static Rejection undecodable() {
        return new Rejection(Rejection.Kind.MALFORMED, "invalid-parameter", "The query string cannot be decoded: a percent sign must be "
                + "followed by two hexadecimal digits, and the decoded bytes must be UTF-8", Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException e) {
        return problem(Rejection.notFound("no-such-resource", "Nothing is served at /" + e.getResourcePath()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return plain(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongContentType(HttpMediaTypeNotSupportedException e) {
        return plain(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return plain(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        return problem(new Rejection(Rejection.Kind.TOO_LARGE, "upload-too-large",
                "The upload is larger than allowed (" + e.getMaxUploadSize() + " bytes)", Map.of("limitBytes", e.getMaxUploadSize())));
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> badMultipart(Exception e) {
        return problem(new Rejection(Rejection.Kind.MALFORMED, "malformed-multipart",
                "The request is not a well-formed multipart form: " + firstLine(e), Map.of()));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        // A concurrent writer won the race for the same identifier.
        return problem(Rejection.conflict("already-exists", "Something with this identifier already exists"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // Spring's own refusals of a request (a missing header, an unparsable parameter ...) carry their 4xx status.
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            return plain(HttpStatus.valueOf(refusal.getStatusCode().value()), "bad-request",
                    refusal.getBody().getDetail() == null ? firstLine(e) : refusal.getBody().getDetail());
        }
        BodyTooLarge tooLarge = causeOfType(e, BodyTooLarge.class);
        if (tooLarge != null) {
            return problem(tooLarge.rejection());
        }
        log.error("Unexpected failure", e);
        return plain(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "The server failed unexpectedly; nothing was changed by this request");
    }

    static ResponseEntity<ProblemDetail> problem(Rejection rejection) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(rejection.kind().status()),
                rejection.getMessage());
        body.setType(typeUri(rejection.type()));
        rejection.properties().forEach(body::setProperty);
        return ResponseEntity.status(rejection.kind().status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static ResponseEntity<ProblemDetail> plain(HttpStatus status, String type, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(typeUri(type));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    static URI typeUri(String slug) {
        return URI.create("/problems/" + slug);
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String firstLine(Exception e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
