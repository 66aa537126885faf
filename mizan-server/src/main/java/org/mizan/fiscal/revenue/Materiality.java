package org.mizan.fiscal.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;

import org.mizan.fiscal.Money;

/**
 * When a difference between what companies declared and what the government received is worth a look: above
 * {@code absolute} (in its currency; a difference in another currency is judged only relatively) or above
 * {@code relative} of the larger side. A threshold of zero is not applied; with both zero every difference is material.
 */
public record Materiality(Money absolute, BigDecimal relative) {

    public Materiality {
        if (absolute == null || absolute.amount().signum() < 0 || relative == null || relative.signum() < 0
                || relative.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Materiality is an absolute amount of at least 0 and a share between 0 and 1");
        }
    }

    public boolean isMaterial(Money declared, Money received) {
        BigDecimal difference = received.amount().subtract(declared.amount()).abs();
        if (difference.signum() == 0) {
            return false;
        }
        boolean absoluteSet = absolute.amount().signum() > 0 && absolute.currency().equals(declared.currency());
        boolean relativeSet = relative.signum() > 0;
        if (!absoluteSet && !relativeSet) {
            return true;
        }
        BigDecimal larger = declared.amount().max(received.amount());
        boolean overRelative = relativeSet && difference.compareTo(larger.multiply(relative, MathContext.DECIMAL128)) > 0;
        boolean overAbsolute = absoluteSet && difference.compareTo(absolute.amount()) > 0;
        return overRelative || overAbsolute;
    }

    Currency currency() {
        return absolute.currency();
    }
}
