package org.mizan.custody;

import java.util.Objects;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;

/** A new lot that a process produced. */
public record ProcessOutput(LotId lot, String material, MaterialForm form, Mass mass, Grades grades) {

    public ProcessOutput {
        Objects.requireNonNull(lot, "output lot");
        if (material == null || material.isBlank()) {
            throw new IllegalArgumentException("output " + lot + " needs a material code");
        }
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(mass, "output mass");
        Objects.requireNonNull(grades, "grades");
        if (mass.isZero()) {
            throw new IllegalArgumentException("output " + lot + " has no mass");
        }
    }
}
