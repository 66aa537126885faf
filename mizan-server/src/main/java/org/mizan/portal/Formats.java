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

    /** The zone the page's times are in, by its id (Asia/Karachi). */
    public String zone() {
        return zone.getId();
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

    /** A money amount written as text, with the decimals it states (63.20 stays 63.20), grouped for this language. */
    public String amount(String value, Locale locale) {
        BigDecimal amount = fraction(value);
        if (amount == null) {
            return value == null ? "" : value;
        }
        NumberFormat format = NumberFormat.getNumberInstance(numbering(locale));
        format.setMinimumFractionDigits(Math.max(0, amount.scale()));
        format.setMaximumFractionDigits(Math.max(0, amount.scale()));
        return format.format(amount);
    }

    public String day(java.time.LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(numbering(locale))
                .withDecimalStyle(java.time.format.DecimalStyle.of(numbering(locale))).format(day);
    }

    /** A time as a document states it (ISO 8601 with an offset or Z), for this language; the text itself when it is not one. */
    public String timestamp(String iso, Locale locale) {
        return instant(iso).map(i -> time(i, locale)).orElse(iso == null ? "" : iso);
    }

    /** The day of a time as a document states it, in the node's zone, for this language. */
    public String dayOf(String iso, Locale locale) {
        return instant(iso).map(i -> day(i.atZone(zone).toLocalDate(), locale)).orElse(iso == null ? "" : iso);
    }

    private static java.util.Optional<Instant> instant(String iso) {
        if (iso == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(java.time.OffsetDateTime.parse(iso).toInstant());
        } catch (java.time.format.DateTimeParseException notATime) {
            return java.util.Optional.empty();
        }
    }

    /**
     * A share (a fraction as decimal text) as a percentage to one decimal: 62.5 %, 89.0 %; all and nothing as 100 % and 0 %. A share that is
     * not nothing but rounds to nothing reads "under 0.1 %", never "0 %".
     */
    public String share(String fraction, Locale locale) {
        BigDecimal value = fraction(fraction);
        if (value == null) {
            return fraction == null ? "" : fraction;
        }
        BigDecimal percent = value.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN);
        if (percent.signum() == 0 && value.signum() != 0) {
            return "< " + number(new BigDecimal("0.1"), locale) + " %";
        }
        if (percent.signum() == 0 || value.compareTo(BigDecimal.ONE) == 0) {
            return number(percent.setScale(0, java.math.RoundingMode.UNNECESSARY), locale) + " %";
        }
        NumberFormat format = NumberFormat.getNumberInstance(numbering(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(percent) + " %";
    }

    /** A grade (a fraction) as a percentage: to two decimals from 1 % up (26.84 %), to three significant digits below (0.00151 %). */
    public String grade(String fraction, Locale locale) {
        BigDecimal value = fraction(fraction);
        if (value == null) {
            return fraction == null ? "" : fraction;
        }
        BigDecimal percent = value.movePointRight(2);
        BigDecimal shown = percent.abs().compareTo(BigDecimal.ONE) >= 0 ? percent.setScale(2, java.math.RoundingMode.HALF_EVEN)
                : percent.round(new java.math.MathContext(3, java.math.RoundingMode.HALF_EVEN));
        return number(shown.signum() == 0 ? BigDecimal.ZERO : shown.stripTrailingZeros(), locale) + " %";
    }

    private static BigDecimal fraction(String text) {
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
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
