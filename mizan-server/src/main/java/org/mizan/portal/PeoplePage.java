package org.mizan.portal;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Registry;
import org.mizan.security.Accounts;
import org.mizan.security.CurrentActor;
import org.mizan.security.Invitation;
import org.mizan.security.Role;
import org.mizan.security.Username;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators see who may sign in and invite people; the invitation link is shown once. */
@Controller
class PeoplePage {

    private final Accounts accounts;
    private final Registry registry;
    private final CurrentActor current;

    PeoplePage(Accounts accounts, Registry registry, CurrentActor current) {
        this.accounts = accounts;
        this.registry = registry;
        this.current = current;
    }

    @GetMapping("/admin/people")
    String people(Model model) {
        return show(model);
    }

    @PostMapping("/admin/people")
    String invite(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String party,
            @RequestParam(defaultValue = "") String role, Model model, HttpServletResponse response) {
        model.addAttribute("typed", new Typed(username, party, role));
        try {
            Invitation invitation = accounts.invite(current.require(), Username.typed(username), new PartyId(party.strip()),
                    Role.of(role.strip()));
            model.addAttribute("invitation", invitation);
            model.addAttribute("typed", new Typed("", "", ""));
        } catch (Rejection refused) {
            response.setStatus(refused.kind().status());
            model.addAttribute("refusal", refused.type());
        }
        return show(model);
    }

    /** What the administrator typed, kept when the form comes back with a refusal. */
    record Typed(String username, String party, String role) {
    }

    private String show(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("parties", registry.parties());
        model.addAttribute("roles", List.of(Role.values()).stream().map(Role::code).toList());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new Typed("", "", ""));
        }
        return "portal/people";
    }
}
