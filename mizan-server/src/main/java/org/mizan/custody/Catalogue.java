package org.mizan.custody;

import java.util.Optional;
import org.mizan.kernel.ElementSymbol;

/**
 * The registry's materials, as custody sees them: the element a material is traded for
 * (Sb for stibnite ore, Cu for copper concentrate, Nd for Nd2O3). Provenance is the share of that element.
 */
@FunctionalInterface
public interface Catalogue {

    Optional<ElementSymbol> primaryElement(String material);

    default ElementSymbol requirePrimaryElement(String material) {
        return primaryElement(material).orElseThrow(() ->
                new CustodyViolation(CustodyRule.UNKNOWN_MATERIAL, "material " + material + " is not in the catalogue"));
    }
}
