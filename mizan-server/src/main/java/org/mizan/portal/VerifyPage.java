package org.mizan.portal;

import java.io.IOException;
import java.util.Map;

import org.mizan.kernel.Rejection;
import org.mizan.ledger.Ledger;
import org.mizan.log.note.NoteException;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.passport.PassportCheck;
import org.mizan.log.passport.PassportReport;
import org.mizan.log.passport.PassportVerifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
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

    VerifyPage(Ledger ledger, JsonMapper json, @Value("${mizan.portal.max-upload-bytes:5242880}") long maxUploadBytes) {
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
            @RequestParam(name = "key", required = false) String key, Model model, HttpServletResponse response) throws IOException {
        String verifierKey = key == null || key.isBlank() ? ledger.verifierKey().toString() : key.strip();
        model.addAttribute("key", verifierKey);
        if (file == null || file.isEmpty()) {
            return refused(model, response, 400, "Choose a passport file (JSON) to check.");
        }
        if (file.getSize() > maxUploadBytes) {
            throw new Rejection(Rejection.Kind.TOO_LARGE, "upload-too-large", "A passport file may be at most " + maxUploadBytes
                    + " bytes; this one is " + file.getSize(), Map.of("limitBytes", maxUploadBytes));
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        VerifierKey verifier;
        try {
            verifier = VerifierKey.parse(verifierKey);
        } catch (IllegalArgumentException | NoteException e) {
            return refused(model, response, 422, "The verifier key is not a key (name+hexid+base64): " + e.getMessage());
        }
        Object document;
        try {
            document = json.readValue(file.getBytes(), Object.class);
        } catch (JacksonException e) {
            return refused(model, response, 400, "The file is not JSON: " + e.getOriginalMessage());
        }
        try {
            if (!(document instanceof Map<?, ?> passport) || !PassportVerifier.reads(passport.get("format"))) {
                return refused(model, response, 422, "The file is JSON but not a Mizan passport (format mizan-passport/v1 or v2).");
            }
            PassportReport report = PassportVerifier.verify(passport, verifier);
            model.addAttribute("report", report);
            model.addAttribute("kinds", PassportCheck.Kind.values());
            return "portal/verify";
        } catch (IllegalArgumentException | ClassCastException e) {
            return refused(model, response, 422, "The file looks like a passport but cannot be read: " + e.getMessage());
        }
    }

    private static String refused(Model model, HttpServletResponse response, int status, String why) {
        response.setStatus(status);
        model.addAttribute("error", why);
        return "portal/verify";
    }
}
