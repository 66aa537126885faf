package org.mizan.kernel;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A chemical element symbol, capitalised as IUPAC writes it ("Nd", "Sb", "Cu"). Only the form is
 * checked: which elements exist is the registry's business, not the kernel's.
 */
public record ElementSymbol(String value) implements Comparable<ElementSymbol> {

    private static final Pattern SYMBOL = Pattern.compile("[A-Z][a-z]?");

    public ElementSymbol {
        if (value == null || !SYMBOL.matcher(value).matches()) {
            throw new IllegalArgumentException("element symbol must be one capital and an optional lowercase letter: " + value);
        }
    }

    public static ElementSymbol of(String value) {
        return new ElementSymbol(value);
    }

    @Override
    public int compareTo(ElementSymbol other) {
        return value.compareTo(other.value);
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
