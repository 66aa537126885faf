package org.mizan.economy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Years of supply of one element: (reserves + the declared share of resources) ÷ the last twelve months' extraction,
 * from the register's current estimates; a range (share of resources to all of them) when only resources exist, and no
 * figure but a reason when nothing was extracted or nothing is estimated. USGS's figures for Pakistan stand beside it.
 */
public record YearsOfSupply(String element, BigDecimal reservesTonnes, BigDecimal resourcesTonnes, BigDecimal resourceShare,
        BigDecimal extractedTonnes12m, Optional<BigDecimal> yearsLow, Optional<BigDecimal> yearsHigh, Optional<String> note,
        List<String> estimates, Usgs usgs) {

    /** What USGS publishes for Pakistan: reserves and the latest year's mine production, or why there is no figure. */
    public record Usgs(Optional<BigDecimal> reservesTonnes, Optional<BigDecimal> productionTonnes, Optional<String> productionYear,
            Optional<BigDecimal> years, String source, Optional<String> note) {
    }

    public static final String NO_EXTRACTION = "no extraction in the last 12 months";
    public static final String NO_ESTIMATE = "no current estimate in the register";
    public static final String NOT_PUBLISHED = "not published";

    public YearsOfSupply {
        estimates = List.copyOf(estimates);
    }
}
