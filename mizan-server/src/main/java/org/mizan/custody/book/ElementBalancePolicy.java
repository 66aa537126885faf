package org.mizan.custody.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Mass;
import org.mizan.custody.ElementBalance;

/**
 * No process creates an element: for every element, contained output must not exceed contained input
 * times (1 + tolerance). The tolerance absorbs assay and weighing error. A breach is the signature of
 * unrecorded feed; it is recorded as a fact and flagged by oversight, never rejected, because
 * rejecting would push the material off the books instead of into view.
 */
public record ElementBalancePolicy(BigDecimal tolerance) {

    public ElementBalancePolicy {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("tolerance must be between 0 and 1: " + tolerance);
        }
    }

    public static ElementBalancePolicy exact() {
        return new ElementBalancePolicy(BigDecimal.ZERO);
    }

    /** One balance per element present on either side, in element order. */
    public List<ElementBalance> evaluate(Map<ElementSymbol, Mass> input, Map<ElementSymbol, Mass> output) {
        SortedSet<ElementSymbol> elements = new TreeSet<>(input.keySet());
        elements.addAll(output.keySet());
        List<ElementBalance> balances = new ArrayList<>();
        for (ElementSymbol element : elements) {
            Mass in = input.getOrDefault(element, Mass.ZERO);
            Mass out = output.getOrDefault(element, Mass.ZERO);
            balances.add(new ElementBalance(element, in, out, exceeds(in, out)));
        }
        return List.copyOf(balances);
    }

    private boolean exceeds(Mass input, Mass output) {
        BigDecimal allowed = BigDecimal.valueOf(input.grams()).multiply(BigDecimal.ONE.add(tolerance));
        return BigDecimal.valueOf(output.grams()).compareTo(allowed) > 0;
    }
}
