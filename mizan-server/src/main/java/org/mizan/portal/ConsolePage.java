package org.mizan.portal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.mizan.kernel.Rejection;
import org.mizan.oversight.AlertCase;
import org.mizan.oversight.Oversight;
import org.mizan.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The regulator's console: the alert queue of its province, overdue first, and each case with its
 * evidence and the forms that move it. Every move goes through oversight's case workflow and into
 * the log, exactly as through the API; a case of another province is not found here.
 */
@Controller
class ConsolePage {

    private final Oversight oversight;
    private final CurrentActor current;

    ConsolePage(Oversight oversight, CurrentActor current) {
        this.oversight = oversight;
        this.current = current;
    }

    @GetMapping("/console")
    String queue(@RequestParam(defaultValue = "") String rule, @RequestParam(defaultValue = "") String status, Model model) {
        Optional<String> byRule = Optional.of(rule.strip()).filter(oversight.rules()::contains);
        Optional<String> byStatus = Optional.of(status.strip()).filter(s -> s.matches("open|acknowledged|escalated|resolved"));
        model.addAttribute("cases", oversight.queue(current.require(), byRule, byStatus));
        model.addAttribute("rules", oversight.rules());
        model.addAttribute("rule", byRule.orElse(""));
        model.addAttribute("status", byStatus.orElse(""));
        return "portal/console";
    }

    @GetMapping("/console/alerts/{id}")
    String alert(@PathVariable String id, Model model) {
        model.addAttribute("alert", find(id));
        return "portal/case";
    }

    @PostMapping("/console/alerts/{id}")
    String move(@PathVariable String id, @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String finding,
            @RequestParam(defaultValue = "") String note, Model model, HttpServletResponse response) {
        AlertCase alert = find(id);
        try {
            oversight.transition(current.require(), id, to, Optional.of(finding).filter(f -> !f.isBlank()), Optional.of(note));
            return "redirect:/console/alerts/" + id + "?moved";
        } catch (Rejection refused) {
            response.setStatus(refused.kind().status());
            model.addAttribute("alert", alert);
            model.addAttribute("refusal", refused.type());
            model.addAttribute("typed", new Typed(to, finding, note));
            return "portal/case";
        }
    }

    /** What the regulator sent, kept when the form comes back refused. */
    record Typed(String to, String finding, String note) {
    }

    private AlertCase find(String id) {
        return oversight.alert(current.require(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No alert " + Rejection.quote(id)));
    }
}
