package org.mizan.portal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page a refused request is forwarded to: a stale form, or a role that may not do this. */
@Controller
class DeniedPage {

    @RequestMapping("/denied")
    String denied(HttpServletRequest request, Model model) {
        Object cause = request.getAttribute("mizan.denied.cause");
        model.addAttribute("cause", "stale-form".equals(cause) ? "stale-form" : "role");
        return "portal/denied";
    }
}
