package org.mizan.kernel;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A lot identifier: either the caller's own tag code or a GS1 LGTIN pure-identity URN
 * ({@code urn:epc:class:lgtin:<company prefix>.<item ref>.<lot>}, the EPC class URI of the GS1 EPC Tag Data Standard).
 * The spelling is kept exactly as given, since the same string is printed on bags and scanned back; the
 * identity is the lower-case {@link #key()}, so {@code CHG-ORE-1} and {@code chg-ore-1} are one lot, and
 * a lot keeps the spelling it was created under (ADR 14).
 */
public record LotId(String value) {

    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");
    private static final Pattern LGTIN =
            Pattern.compile("urn:epc:class:lgtin:([0-9]{6,12})\\.([0-9]{1,7})\\.[A-Za-z0-9!'()*+,.:;=_%-]{1,60}");
    private static final String URN_PREFIX = "urn:epc:class:lgtin:";

    public LotId {
        if (value == null) {
            throw new IllegalArgumentException("lot id is missing");
        }
        boolean urn = value.startsWith(URN_PREFIX);
        if (urn && !isWellFormedLgtin(value)) {
            throw new IllegalArgumentException("malformed LGTIN URN: " + value);
        }
        if (!urn && !TAG.matcher(value).matches()) {
            throw new IllegalArgumentException("lot tag must match [A-Za-z0-9][A-Za-z0-9._:/-]{0,127}: " + value);
        }
    }

    // Company prefix and item reference together are the 13 digits of a GTIN-14 without its check digit.
    private static boolean isWellFormedLgtin(String value) {
        var m = LGTIN.matcher(value);
        return m.matches() && m.group(1).length() + m.group(2).length() == 13;
    }

    /** The identity of the lot: its id in lower case, as people write the same tag in either case. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Equal when the keys are: two spellings of one id name one lot. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LotId that && key().equals(that.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    /** True for a GS1 LGTIN URN, false for a caller tag code. */
    public boolean isLgtin() {
        return value.startsWith(URN_PREFIX);
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

}
