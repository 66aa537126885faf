package org.mizan.custody;

import java.util.Objects;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;

/** A new lot that a process produced, in its role: the product unless the plant says it is a by-product or waste. */
public record ProcessOutput(LotId lot, String material, MaterialForm form, Mass mass, Grades grades, OutputRole role) {

    public ProcessOutput {
        Objects.requireNonNull(lot, "output lot");
        if (material == null || material.isBlank()) {
            throw new IllegalArgumentException("output " + lot + " needs a material code");
        }
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(mass, "output mass");
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(role, "role");
        if (mass.isZero()) {
            throw new IllegalArgumentException("output " + lot + " has no mass");
        }
    }

    /** An output of the plant's product. */
    public ProcessOutput(LotId lot, String material, MaterialForm form, Mass mass, Grades grades) {
        this(lot, material, form, mass, grades, OutputRole.PRODUCT);
    }
}
