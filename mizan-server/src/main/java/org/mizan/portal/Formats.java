package org.mizan.portal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Numbers and times as a reader of the page's language writes them: Urdu with Eastern Arabic
 * digits (۱۲٬۹۱۵), English with Western ones (12,915); times in the node's zone, Pakistan's by default.
 */
@Component("portalFormats")
class Formats {

    private static final Locale URDU_DIGITS = Locale.forLanguageTag("ur-PK-u-nu-arabext");

    private final ZoneId zone;

    Formats(@Value("${mizan.portal.time-zone:Asia/Karachi}") ZoneId zone) {
        this.zone = zone;
    }

    public String time(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(numbering(locale)).withDecimalStyle(java.time.format.DecimalStyle.of(numbering(locale))).withZone(zone).format(instant);
    }

    public String month(java.time.YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("MMMM uuuu").withLocale(numbering(locale))
                .withDecimalStyle(java.time.format.DecimalStyle.of(numbering(locale))).format(month);
    }

    /** A decimal written as text (a mass in kilograms, say), or the text itself when it is not one. */
    public String decimal(String value, Locale locale) {
        try {
            return value == null ? "" : number(new BigDecimal(value), locale);
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    public String day(java.time.LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(numbering(locale))
                .withDecimalStyle(java.time.format.DecimalStyle.of(numbering(locale))).format(day);
    }

    /** Grams as tonnes to the kilogram. */
    public String tonnes(long grams, Locale locale) {
        return number(BigDecimal.valueOf(grams, 6).setScale(3, java.math.RoundingMode.HALF_UP), locale);
    }

    /** Dollars to the cent, trailing zeros kept (12.50, not 12.5). */
    public String cents(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(numbering(locale));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(numbering(locale));
        format.setMaximumFractionDigits(value instanceof BigDecimal d ? Math.max(0, d.scale()) : 2);
        return format.format(value);
    }

    private static Locale numbering(Locale locale) {
        return Languages.rightToLeft(locale) ? URDU_DIGITS : Locale.UK;
    }
}
