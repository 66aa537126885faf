package org.mizan.portal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that cannot be shown (an unknown licence, a malformed id) answers with a page in the reader's
 * language, before the API's problem handler would answer a browser with JSON it did not ask for.
 */
@ControllerAdvice(basePackageClasses = PageRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageRefusals {

    private final Shell shell;

    PageRefusals(Shell shell) {
        this.shell = shell;
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView refused(ResponseStatusException e, Locale locale, HttpServletRequest request) {
        ModelAndView page = shell.page("portal/missing", HttpStatus.valueOf(e.getStatusCode().value()), locale, request);
        page.addObject("reason", e.getReason());
        return page;
    }

    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ModelAndView undecodable(org.apache.tomcat.util.http.InvalidParameterException e, Locale locale, HttpServletRequest request) {
        ModelAndView page = shell.page("portal/missing", HttpStatus.BAD_REQUEST, locale, request);
        page.addObject("reason", "query");
        return page;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView malformed(MissingServletRequestParameterException e, Locale locale, HttpServletRequest request) {
        ModelAndView page = shell.page("portal/missing", HttpStatus.BAD_REQUEST, locale, request);
        page.addObject("reason", e.getParameterName());
        return page;
    }
}
