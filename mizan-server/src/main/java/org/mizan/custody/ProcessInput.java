package org.mizan.custody;

import java.util.Objects;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;

/** How much of one lot a process consumed; may be part of the lot. */
public record ProcessInput(LotId lot, Mass mass) {

    public ProcessInput {
        Objects.requireNonNull(lot, "input lot");
        Objects.requireNonNull(mass, "input mass");
        if (mass.isZero()) {
            throw new IllegalArgumentException("input " + lot + " consumes nothing");
        }
    }
}
