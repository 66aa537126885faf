package org.mizan.kernel;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identifies a site (mine, plant, warehouse, laboratory, port, checkpoint): a lowercase slug. Written in
 * any case, it is kept in lower case, so {@code CHAGAI-PIT-1} and {@code chagai-pit-1} are one site.
 */
public record SiteId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");

    public SiteId {
        value = lowerAscii(value);
        if (value == null || !SLUG.matcher(value).matches()) {
            throw Rejection.invalid("invalid-site-id",
                    "A site id is 2 to 64 letters, digits or dashes, got: " + Rejection.quote(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }

    /** Serialised as the bare identifier. */
    @Override
    @JsonValue
    public String value() {
        return value;
    }

    // ASCII letters only: a full case mapping folds the Kelvin sign into "k" and would accept a look-alike id.
    private static String lowerAscii(String value) {
        return value == null || !ASCII.matcher(value).matches() ? value : value.toLowerCase(Locale.ROOT);
    }
}
