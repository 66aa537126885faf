package org.mizan.log.fiscal;

import java.math.BigDecimal;

/**
 * What an assessment comes to, each amount rounded once to the cent (or paisa), half-even: the royalty
 * before relief, the part an incentive forgoes, what is due in US dollars and in rupees, and whether the
 * rate row's minimum per tonne set the amount.
 */
public record RoyaltyFigures(BigDecimal grossUsd, BigDecimal forgoneUsd, BigDecimal dueUsd, BigDecimal duePkr, boolean minimumApplied) {
}
