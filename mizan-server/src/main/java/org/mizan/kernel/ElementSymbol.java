package org.mizan.kernel;

import java.util.regex.Pattern;

/** A chemical element by its symbol, capitalised as chemists write it: {@code Nd}, {@code Sb}. */
public record ElementSymbol(String value) {

    private static final Pattern SYMBOL = Pattern.compile("[A-Z][a-z]?");

    public ElementSymbol {
        if (value == null || !SYMBOL.matcher(value).matches()) {
            throw Rejection.invalid("invalid-element", "An element is a symbol such as Cu or Nd, got: " + Rejection.quote(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
