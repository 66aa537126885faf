package org.mizan.portal;

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

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView refused(ResponseStatusException e) {
        ModelAndView page = new ModelAndView("portal/missing", HttpStatus.valueOf(e.getStatusCode().value()));
        page.addObject("reason", e.getReason());
        return page;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView malformed(MissingServletRequestParameterException e) {
        ModelAndView page = new ModelAndView("portal/missing", HttpStatus.BAD_REQUEST);
        page.addObject("reason", e.getParameterName());
        return page;
    }
}
