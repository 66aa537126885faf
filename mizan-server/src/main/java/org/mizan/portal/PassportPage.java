package org.mizan.portal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.log.passport.PassportRegistryFacts;
import org.mizan.oversight.Oversight;
import org.mizan.registry.Registry;
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
    private final Registry registry;
    private final Oversight oversight;

    PassportPage(Passports passports, Registry registry, Oversight oversight) {
        this.passports = passports;
        this.registry = registry;
        this.oversight = oversight;
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
        Function<String, PassportView.Named> parties = parties(document);
        model.addAttribute("passport", PassportView.of(document, parties.apply(published.publishedBy()), parties,
                oversight.subjects(PassportView.alertIds(document))));
        model.addAttribute("published", published);
        model.addAttribute("diagram", ChainDiagram.of(document));
        model.addAttribute("qr", QrCodes.of(url));
        model.addAttribute("url", url);
        return "portal/passport";
    }

    /** A party by its registered name: the registry's, else the passport's registry facts, else its id alone. */
    private Function<String, PassportView.Named> parties(Passport document) {
        Map<String, PassportRegistryFacts.Party> bundled = document.evidence().registryFacts() == null
                || document.evidence().registryFacts().parties() == null ? Map.of() : document.evidence().registryFacts().parties();
        Map<String, PassportView.Named> seen = new HashMap<>();
        return id -> id == null ? null : seen.computeIfAbsent(id, key -> new PassportView.Named(key, registeredName(key)
                .or(() -> Optional.ofNullable(bundled.get(key)).map(PassportRegistryFacts.Party::name)).orElse(key)));
    }

    private Optional<String> registeredName(String id) {
        try {
            return registry.party(new PartyId(id)).map(p -> p.name());
        } catch (Rejection malformed) {
            return Optional.empty();
        }
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
