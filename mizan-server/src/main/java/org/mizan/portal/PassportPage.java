package org.mizan.portal;

import org.mizan.kernel.Rejection;
import org.mizan.log.passport.Passport;
import org.mizan.log.passport.PassportReader;
import org.mizan.passport.Passports;
import org.mizan.passport.PublishedPassport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/** A published passport for everyone: a page (summary, chain, evidence, QR code) or the JSON as published. */
@Controller
class PassportPage {

    private final Passports passports;

    PassportPage(Passports passports) {
        this.passports = passports;
    }

    @GetMapping(value = "/passports/{id}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String id, Model model, HttpServletResponse response) {
        PublishedPassport published = passports.published(id).orElse(null);
        if (published == null) {
            response.setStatus(404);
            model.addAttribute("id", id);
            return "portal/not-found";
        }
        Passport document = PassportReader.read(published.document());
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/passports/{id}").buildAndExpand(id).toUriString();
        model.addAttribute("passport", PassportView.of(document));
        model.addAttribute("published", published);
        model.addAttribute("diagram", ChainDiagram.of(document));
        model.addAttribute("qr", QrCodes.of(url));
        model.addAttribute("url", url);
        return "portal/passport";
    }

    @GetMapping(value = "/passports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> document(@PathVariable String id) {
        PublishedPassport published = passports.published(id)
                .orElseThrow(() -> Rejection.notFound("unknown-passport", "No published passport " + Rejection.quote(id)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(published.document());
    }

    @GetMapping("/passports/{id}.json")
    ResponseEntity<String> download(@PathVariable String id) {
        ResponseEntity<String> document = document(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + id + ".json\"").body(document.getBody());
    }
}
