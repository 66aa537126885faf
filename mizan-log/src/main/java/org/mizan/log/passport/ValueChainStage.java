package org.mizan.log.passport;

import java.util.Locale;

/**
 * The step of in-country value addition a form stands for, in the words of the policy papers that asked
 * for it: exploration, beneficiation, cracking and leaching, separation, refining, metal, magnet. Part
 * of the format: the node writes it and the verifier recomputes it from the lot's form.
 */
public enum ValueChainStage {
    ORE("mining", "run-of-mine ore"),
    CONCENTRATE("beneficiation", "upgraded concentrate"),
    INTERMEDIATE("cracking and leaching", "chemical intermediate"),
    OXIDE("separation", "separated oxide"),
    METAL("refining", "metal"),
    ALLOY("alloying", "alloy"),
    MAGNET("magnet making", "magnet"),
    RESIDUE("residue", "process residue");

    private final String step;
    private final String description;

    ValueChainStage(String step, String description) {
        this.step = step;
        this.description = description;
    }

    /** Throws IllegalArgumentException for a form that is none of these. */
    public static ValueChainStage of(String form) {
        return valueOf(form.toUpperCase(Locale.ROOT));
    }

    public String step() {
        return step;
    }

    public String description() {
        return description;
    }
}
