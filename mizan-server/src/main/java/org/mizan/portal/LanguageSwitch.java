package org.mizan.portal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Switches the language on {@code ?lang=en} or {@code ?lang=ur} and ignores any other value. It reads
 * the query string only: asking the request for a parameter would parse a multipart body before the
 * page that owns it, and a broken upload would then fail here instead of being refused by that page.
 */
final class LanguageSwitch implements HandlerInterceptor {

    private final LocaleResolver resolver;

    LanguageSwitch(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null) {
            return true;
        }
        String lang = UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams().getFirst("lang");
        if ("en".equals(lang) || "ur".equals(lang)) {
            resolver.setLocale(request, response, Locale.forLanguageTag(lang));
        }
        return true;
    }
}
