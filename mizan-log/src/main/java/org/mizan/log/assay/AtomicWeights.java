package org.mizan.log.assay;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Standard atomic weights of oxygen and of the elements laboratories report as oxides (antimony and the rare
 * earths), as conventional values from IUPAC CIAAW, "Standard atomic weights of the elements 2021"
 * (Pure Appl. Chem. 2022, 94(5), 573-600; https://ciaaw.org/atomic-weights.htm). The verifier has no registry,
 * so these are fixed here; the server's catalogue must state the same values, or its tests fail.
 */
public final class AtomicWeights {

    /** By element symbol. Changing one changes how every committed oxide assay replays: add, never edit. */
    public static final Map<String, BigDecimal> STANDARD;

    static {
        Map<String, BigDecimal> weights = new TreeMap<>();
        weights.put("O", new BigDecimal("15.999"));
        weights.put("Sb", new BigDecimal("121.760"));
        weights.put("Y", new BigDecimal("88.90584"));
        weights.put("La", new BigDecimal("138.90547"));
        weights.put("Ce", new BigDecimal("140.116"));
        weights.put("Pr", new BigDecimal("140.90766"));
        weights.put("Nd", new BigDecimal("144.242"));
        weights.put("Sm", new BigDecimal("150.36"));
        weights.put("Tb", new BigDecimal("158.92535"));
        weights.put("Dy", new BigDecimal("162.500"));
        STANDARD = Collections.unmodifiableMap(weights);
    }

    private AtomicWeights() {
    }
}
