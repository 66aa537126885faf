package org.mizan.portal;

import java.util.Base64;

import org.mizan.ledger.Ledger;
import org.mizan.passport.Passports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what Mizan is, the log's latest checkpoint and the latest published passports. */
@Controller
class HomePage {

    private static final int LISTED = 50;

    private final Ledger ledger;
    private final Passports passports;

    HomePage(Ledger ledger, Passports passports) {
        this.ledger = ledger;
        this.passports = passports;
    }

    @GetMapping("/")
    String home(Model model) {
        ledger.latestCheckpoint().ifPresent(c -> {
            model.addAttribute("checkpointSize", c.size());
            model.addAttribute("checkpointRoot", Base64.getEncoder().encodeToString(c.root()));
        });
        model.addAttribute("logOrigin", ledger.origin());
        model.addAttribute("verifierKey", ledger.verifierKey().toString());
        model.addAttribute("passports", passports.latestPublished(LISTED));
        return "portal/home";
    }
}
