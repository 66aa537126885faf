package org.mizan.portal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.mizan.ledger.Ledger;
import org.mizan.oversight.Oversight;
import org.mizan.passport.Passports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public dashboard: production, exports by form, alerts counted, passports and the log, each as chart and table. */
@Controller
class DashboardPage {

    private final PublicFigures figures;
    private final Oversight oversight;
    private final Passports passports;
    private final Ledger ledger;
    private final MessageSource messages;
    private final Formats formats;

    DashboardPage(PublicFigures figures, Oversight oversight, Passports passports, Ledger ledger, MessageSource messages,
            Formats formats) {
        this.figures = figures;
        this.oversight = oversight;
        this.passports = passports;
        this.ledger = ledger;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping("/dashboard")
    String dashboard(Model model, Locale locale) {
        DashboardView view = DashboardView.of(figures.current(), oversight.alertCounts());
        Function<BigDecimal, String> number = n -> formats.number(n, locale);
        model.addAttribute("view", view);
        model.addAttribute("productionChart", chart("dashboard.production", named("mineral.", view.productionByMineral(), locale), number, locale));
        model.addAttribute("exportChart", chart("dashboard.exports", exportsByForm(view, locale), number, locale));
        model.addAttribute("alertChart", chart("dashboard.alerts", named("rule.", view.alertsByRule(), locale), number, locale));
        model.addAttribute("passports", passports.latestPublished(10));
        ledger.latestCheckpoint().ifPresent(c -> model.addAttribute("checkpointSize", c.size()));
        return "portal/dashboard";
    }

    private Map<String, BigDecimal> exportsByForm(DashboardView view, Locale locale) {
        Map<String, BigDecimal> byForm = new java.util.LinkedHashMap<>();
        view.exports().forEach(r -> byForm.merge(r.form(), r.tonnes(), BigDecimal::add));
        return named("form.", byForm, locale);
    }

    /** The same figures under the names a reader of this language knows them by; an unnamed code stays a code. */
    private Map<String, BigDecimal> named(String prefix, Map<String, BigDecimal> byCode, Locale locale) {
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        byCode.forEach((code, value) -> out.merge(messages.getMessage(prefix + code, null, code, locale), value, BigDecimal::add));
        return out;
    }

    private String chart(String titleKey, Map<String, BigDecimal> values, Function<BigDecimal, String> number, Locale locale) {
        List<BarChart.Bar> bars = values.entrySet().stream().map(e -> new BarChart.Bar(e.getKey(), e.getValue())).toList();
        return BarChart.svg(messages.getMessage(titleKey, null, locale), bars, number);
    }
}
