package org.mizan.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mizan.security.Actor;
import org.mizan.security.Role;
import org.mizan.security.SignIn;
import org.mizan.security.SignInRefused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** People sign in here; a refusal shows the form again with the name kept and the reason in words. */
@Controller
class SignInPage {

    private final SignIn signIn;

    SignInPage(SignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/sign-in")
    String form() {
        return "portal/sign-in";
    }

    @PostMapping("/sign-in")
    String signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            Actor actor = signIn.signIn(username, password, request, response);
            return "redirect:" + landing(actor);
        } catch (SignInRefused refused) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("username", username.strip());
            model.addAttribute("refusal", refused.reason().name());
            refused.lockedUntil().ifPresent(until -> model.addAttribute("lockedUntil", until));
            return "portal/sign-in";
        }
    }

    /** Where each role's work starts. */
    static String landing(Actor actor) {
        if (actor.is(Role.ADMIN)) {
            return "/admin/people";
        }
        if (actor.is(Role.REGULATOR)) {
            return "/console";
        }
        return "/account";
    }
}
