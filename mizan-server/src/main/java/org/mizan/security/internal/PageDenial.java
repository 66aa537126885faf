package org.mizan.security.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A refused page request is shown as a page, in the reader's language, by the portal at
 * {@code /denied}: either the form was stale (no or an old CSRF token, as after the session expired)
 * or the signed-in role may not open it.
 */
class PageDenial implements AccessDeniedHandler {

    static final String CAUSE = "mizan.denied.cause";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        request.setAttribute(CAUSE, denied instanceof CsrfException ? "stale-form" : "role");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher("/denied").forward(request, response);
    }
}
