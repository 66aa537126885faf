package org.mizan.registry;

import java.util.Optional;

import org.mizan.kernel.ElementSymbol;

/**
 * A material on a mineral's value ladder, e.g. copper concentrate or neodymium oxide. The stage
 * orders materials of one mineral from mine to magnet; the formula, when the material is a pure
 * compound, fixes how much of it is the primary element.
 */
public record Material(String code, String name, String mineral, Form form, int stage,
        ElementSymbol primaryElement, Optional<String> formula) {
}
