package org.mizan.portal;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.ledger.Ledger;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.passport.Passports;
import org.mizan.passport.PublishedPassport;
import org.mizan.registry.Registry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what Mizan is, the log's latest checkpoint and the latest published passports. */
@Controller
class HomePage {

    private static final int LISTED = 50;

    private final Ledger ledger;
    private final Passports passports;
    private final Registry registry;

    HomePage(Ledger ledger, Passports passports, Registry registry) {
        this.ledger = ledger;
        this.passports = passports;
        this.registry = registry;
    }

    @GetMapping("/")
    String home(Model model) {
        ledger.latestCheckpoint().ifPresent(c -> {
            model.addAttribute("checkpointSize", c.size());
            model.addAttribute("checkpointRoot", Base64.getEncoder().encodeToString(c.root()));
        });
        model.addAttribute("logOrigin", ledger.origin());
        model.addAttribute("verifierKey", ledger.verifierKey().toString());
        List<PublishedPassport> published = passports.latestPublished(LISTED);
        Map<String, String> exporters = new HashMap<>();
        published.forEach(p -> exporters.computeIfAbsent(p.exporter(), HomePage.this::name));
        model.addAttribute("passports", published);
        model.addAttribute("exporters", exporters);
        return "portal/home";
    }

    /** A party's registered name, or its id when the registry has none. */
    private String name(String party) {
        try {
            return party == null ? "" : registry.party(new PartyId(party)).map(p -> p.name()).orElse(party);
        } catch (Rejection malformed) {
            return party;
        }
    }
}
