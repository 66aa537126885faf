package org.mizan.portal;

import jakarta.servlet.http.HttpServletResponse;

import org.mizan.kernel.Rejection;
import org.mizan.security.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An invited person opens the link and chooses a password; then they sign in like anyone else. */
@Controller
class InvitationPage {

    private final Accounts accounts;

    InvitationPage(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/invitations/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        return accounts.invited(token).map(account -> {
            model.addAttribute("username", account.username().value());
            model.addAttribute("token", token);
            return "portal/invitation";
        }).orElseGet(() -> unknown(model, response));
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated, Model model, HttpServletResponse response) {
        var account = accounts.invited(token);
        if (account.isEmpty()) {
            return unknown(model, response);
        }
        model.addAttribute("username", account.get().username().value());
        model.addAttribute("token", token);
        if (!password.equals(repeated)) {
            return refused(model, response, "passwords-differ");
        }
        try {
            accounts.accept(token, password);
            return "redirect:/sign-in?welcome";
        } catch (Rejection refusal) {
            return refused(model, response, refusal.type());
        }
    }

    private static String refused(Model model, HttpServletResponse response, String code) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("refusal", code);
        return "portal/invitation";
    }

    private static String unknown(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("refusal", "unknown-invitation");
        return "portal/invitation";
    }
}
