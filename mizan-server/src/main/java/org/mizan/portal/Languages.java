package org.mizan.portal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The portal speaks English and Urdu. {@code ?lang=ur} switches and a cookie remembers the choice for a
 * year; without one the browser's Accept-Language decides, and anything else reads as English.
 */
@Configuration
class Languages implements WebMvcConfigurer {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale URDU = Locale.forLanguageTag("ur");
    static final List<Locale> SUPPORTED = List.of(ENGLISH, URDU);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("mizan-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> SUPPORTED.stream()
                .filter(l -> request.getHeader("Accept-Language") != null && l.getLanguage().equals(request.getLocale().getLanguage()))
                .findFirst().orElse(ENGLISH));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver())).excludePathPatterns("/api/**", "/epcis/**", "/log/**");
    }

    static Locale supported(Locale locale) {
        return locale != null && URDU.getLanguage().equals(locale.getLanguage()) ? URDU : ENGLISH;
    }

    static boolean rightToLeft(Locale locale) {
        return supported(locale).equals(URDU);
    }
}
