package org.mizan.registry;

import java.util.List;

import org.mizan.kernel.ElementSymbol;

/** A licensed commodity, such as copper or rare earths, and the elements it is mined for. */
public record Mineral(String code, String name, List<ElementSymbol> elements) {

    public Mineral {
        elements = List.copyOf(elements);
    }
}
