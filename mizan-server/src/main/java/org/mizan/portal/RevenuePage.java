package org.mizan.portal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.mizan.fiscal.RevenuePages;
import org.mizan.fiscal.revenue.FiscalYear;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** Public revenue pages, EITI project by project: per province, per licence, one fiscal year at a time. */
@Controller
class RevenuePage {

    /** A {@code ?year=} that does not name a fiscal year: the reader is told how one is written. */
    static final class MalformedYear extends RuntimeException {
        MalformedYear(String year) {
            super(year);
        }
    }

    private final RevenuePages pages;
    private final PassportsByLot passports;
    private final Shell shell;

    RevenuePage(RevenuePages pages, PassportsByLot passports, Shell shell) {
        this.pages = pages;
        this.passports = passports;
        this.shell = shell;
    }

    @GetMapping("/revenue")
    String index(@RequestParam Optional<String> year, Model model) {
        model.addAttribute("overview", pages.overview(year(year)));
        return "portal/revenue";
    }

    @GetMapping("/revenue/{province}")
    String province(@PathVariable String province, @RequestParam Optional<String> year, Model model) {
        Optional<FiscalYear> asked = year(year);
        model.addAttribute("province", found(() -> pages.province(new ProvinceCode(province), asked), province));
        model.addAttribute("years", pages.years());
        return "portal/revenue-province";
    }

    @GetMapping("/revenue/licence/{licence}")
    String licence(@PathVariable String licence, @RequestParam Optional<String> year, Model model) {
        Optional<FiscalYear> asked = year(year);
        var project = found(() -> pages.project(new LicenceNumber(licence), asked), licence);
        model.addAttribute("project", project);
        model.addAttribute("passports", passports.of(project.assessments().stream().map(a -> a.lot()).toList()));
        return "portal/revenue-licence";
    }

    @ExceptionHandler(MalformedYear.class)
    ModelAndView malformed(MalformedYear e, Locale locale, HttpServletRequest request) {
        ModelAndView page = shell.page("portal/revenue-year", HttpStatus.BAD_REQUEST, locale, request);
        page.addObject("asked", e.getMessage());
        page.addObject("years", pages.years());
        page.addObject("path", request.getRequestURI());
        return page;
    }

    private static Optional<FiscalYear> year(Optional<String> year) {
        try {
            return year.filter(y -> !y.isBlank()).map(FiscalYear::of);
        } catch (Rejection malformed) {
            throw new MalformedYear(year.get());
        }
    }

    /** A malformed or unknown province or licence is the portal's not-found page. */
    private static <T> T found(Supplier<T> page, String id) {
        try {
            return page.get();
        } catch (Rejection unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No province or licence " + Rejection.quote(id));
        }
    }
}
