package org.mizan.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.economy.Economy;
import org.mizan.economy.Reserves;
import org.mizan.economy.ValueAdded;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The national picture as public pages: value added and dollars earned by stage, quarter, mineral and province; resources
 * and years of supply; strategic reserves as each account's disclosure policy allows.
 */
@Controller
class EconomyPage {

    private final Economy economy;
    private final Reserves reserves;

    EconomyPage(Economy economy, Reserves reserves) {
        this.economy = economy;
        this.reserves = reserves;
    }

    @GetMapping("/economy/value-added")
    String valueAdded(Model model) {
        Map<String, List<ValueAdded>> tables = new LinkedHashMap<>();
        economy.valueAddedEachWay().forEach((d, rows) -> tables.put(d.code(), rows));
        model.addAttribute("tables", tables);
        model.addAttribute("prices", economy.prices());
        model.addAttribute("payabilities", economy.payabilities());
        return "portal/economy-value";
    }

    @GetMapping("/economy/resources")
    String resources(Model model) {
        model.addAttribute("supply", economy.yearsOfSupply(Optional.empty()));
        model.addAttribute("estimates", economy.estimates());
        return "portal/economy-resources";
    }

    @GetMapping("/economy/reserves")
    String reserves(Model model) {
        model.addAttribute("reserves", reserves.coverage());
        return "portal/economy-reserves";
    }
}
