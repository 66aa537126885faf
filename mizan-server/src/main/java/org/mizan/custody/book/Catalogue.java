package org.mizan.custody.book;

import java.math.BigDecimal;
import java.util.Optional;
import org.mizan.kernel.ElementSymbol;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;

/**
 * The registry's materials, as custody sees them: the element a material is traded for
 * (Sb for stibnite ore, Cu for copper concentrate, Nd for Nd2O3). Provenance is the share of that element.
 */
@FunctionalInterface
public interface Catalogue {

    Optional<ElementSymbol> primaryElement(String material);

    /**
     * The largest possible fraction of the material's primary element, when the material is a pure
     * compound with a formula (0.8574 for Nd2O3); empty for ores, concentrates and mixtures.
     */
    default Optional<BigDecimal> stoichiometricMaximum(String material) {
        return Optional.empty();
    }

    default ElementSymbol requirePrimaryElement(String material) {
        return primaryElement(material).orElseThrow(() ->
                new CustodyViolation(CustodyRule.UNKNOWN_MATERIAL, "material " + material + " is not in the catalogue"));
    }
}
