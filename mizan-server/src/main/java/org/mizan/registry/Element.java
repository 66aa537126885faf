package org.mizan.registry;

import java.math.BigDecimal;

import org.mizan.kernel.ElementSymbol;

/** A chemical element with its standard atomic weight (IUPAC), from which oxide factors follow. */
public record Element(ElementSymbol symbol, String name, BigDecimal atomicWeight) {
}
