package org.mizan.portal;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.mizan.security.CurrentActor;
import org.mizan.security.Role;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's header needs: the language and its direction, the switch, and who is signed in. */
@ControllerAdvice(basePackageClasses = Shell.class)
class Shell {

    /** The signed-in person as the header shows them. */
    record Person(String username, String party, String role, boolean admin, boolean regulator) {
    }

    private final CurrentActor current;

    Shell(CurrentActor current) {
        this.current = current;
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return Languages.supported(locale).getLanguage();
    }

    @ModelAttribute("dir")
    String dir(Locale locale) {
        return Languages.rightToLeft(locale) ? "rtl" : "ltr";
    }

    @ModelAttribute("switchTo")
    String switchTo(Locale locale) {
        return Languages.rightToLeft(locale) ? "en" : "ur";
    }

    @ModelAttribute("switchUrl")
    String switchUrl(Locale locale, HttpServletRequest request) {
        // A switch after a form was posted shows the form again in the other language, not a re-post.
        return ServletUriComponentsBuilder.fromRequestUri(request).replaceQuery(null)
                .queryParam("lang", switchTo(locale)).build().toUriString().replaceFirst("^https?://[^/]+", "");
    }

    /**
     * A page rendered by an exception handler: Spring applies no model attributes there, so the header
     * would lose its language, direction and switch; this puts them on the page.
     */
    ModelAndView page(String view, HttpStatusCode status, Locale locale, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("lang", lang(locale));
        page.addObject("dir", dir(locale));
        page.addObject("switchTo", switchTo(locale));
        page.addObject("switchUrl", switchUrl(locale, request));
        page.addObject("person", person());
        return page;
    }

    @ModelAttribute("person")
    Person person() {
        Optional<String> name = current.person().map(Object::toString);
        return name.flatMap(n -> current.find().map(a -> new Person(n, a.party().value(), a.role().code(),
                a.is(Role.ADMIN), a.is(Role.REGULATOR)))).orElse(null);
    }
}
