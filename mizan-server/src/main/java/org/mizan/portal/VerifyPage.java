package org.mizan.portal;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.mizan.ledger.Ledger;
import org.mizan.log.note.NoteException;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.passport.PassportCheck;
import org.mizan.log.passport.PassportReport;
import org.mizan.log.passport.PassportVerifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anyone uploads a passport file and sees each check pass or fail, in plain language. The checks are
 * the offline verifier's, run here for convenience; {@code mizan verify} runs them without trusting us.
 */
@Controller
class VerifyPage {

    private final Ledger ledger;
    private final JsonMapper json;
    private final long maxUploadBytes;
    private final Shell shell;

    VerifyPage(Ledger ledger, JsonMapper json, @Value("${mizan.portal.max-upload-bytes:5242880}") long maxUploadBytes, Shell shell) {
        this.shell = shell;
        this.ledger = ledger;
        this.json = json;
        this.maxUploadBytes = maxUploadBytes;
    }

    @GetMapping("/verify")
    String form(Model model) {
        model.addAttribute("key", ledger.verifierKey().toString());
        return "portal/verify";
    }

    @PostMapping("/verify")
    String verify(@RequestParam(name = "passport", required = false) MultipartFile file,
            @RequestParam(name = "key", required = false) String key, Model model) throws IOException {
        String verifierKey = key == null || key.isBlank() ? ledger.verifierKey().toString() : key.strip();
        model.addAttribute("key", verifierKey);
        if (file == null || file.isEmpty()) {
            throw new UploadRefused(400, "no-passport-file", "Choose a passport file (JSON) to check.");
        }
        if (file.getSize() > maxUploadBytes) {
            throw new UploadRefused(413, "upload-too-large", "A passport file may be at most " + maxUploadBytes
                    + " bytes; this one is " + file.getSize() + ".").with("limitBytes", maxUploadBytes);
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        VerifierKey verifier;
        try {
            verifier = VerifierKey.parse(verifierKey);
        } catch (IllegalArgumentException | NoteException e) {
            throw new UploadRefused(422, "invalid-verifier-key", "The verifier key is not a key (name+hexid+base64): " + e.getMessage());
        }
        Object document;
        try {
            document = json.readValue(file.getBytes(), Object.class);
        } catch (JacksonException e) {
            throw new UploadRefused(400, "not-json", "The file is not JSON: " + e.getOriginalMessage());
        }
        try {
            if (!(document instanceof Map<?, ?> passport) || !PassportVerifier.reads(passport.get("format"))) {
                throw new UploadRefused(422, "not-a-passport", "The file is JSON but not a Mizan passport (format mizan-passport/v1 or v2).");
            }
            PassportReport report = PassportVerifier.verify(passport, verifier);
            model.addAttribute("report", report);
            model.addAttribute("kinds", PassportCheck.Kind.values());
            return "portal/verify";
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new UploadRefused(422, "unreadable-passport", "The file looks like a passport but cannot be read: " + e.getMessage());
        }
    }

    /** A client that asks for a problem gets one: RFC 9457, with the same reason the page gives. */
    @ExceptionHandler(value = {UploadRefused.class, MultipartException.class, ServletRequestBindingException.class},
            produces = {"application/problem+json", "application/json"})
    ResponseEntity<ProblemDetail> refusedAsProblem(Exception e) {
        UploadRefused refusal = UploadRefused.of(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refusal.status()), refusal.getMessage());
        problem.setType(URI.create("/problems/" + refusal.type()));
        refusal.properties().forEach(problem::setProperty);
        return ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A browser gets the upload page again, with the reason above the form. */
    @ExceptionHandler({UploadRefused.class, MultipartException.class, ServletRequestBindingException.class})
    ModelAndView refusedAsPage(Exception e, HttpServletRequest request, Locale locale) {
        UploadRefused refusal = UploadRefused.of(e);
        // A broken form may hold no readable key; the page then offers this log's own.
        String key = request.getParameter("key");
        ModelAndView page = shell.page("portal/verify", HttpStatus.valueOf(refusal.status()), locale, request);
        page.addObject("key", key == null || key.isBlank() ? ledger.verifierKey().toString() : key.strip());
        page.addObject("error", refusal.getMessage());
        page.addObject("errorType", refusal.type());
        return page;
    }
}
