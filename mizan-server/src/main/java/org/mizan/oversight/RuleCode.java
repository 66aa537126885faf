package org.mizan.oversight;

/** The stable codes of the red-flag rules; they appear in alerts, labels and reports and never change meaning. */
enum RuleCode {
    LICENCE_NOT_VALID, OUTSIDE_LICENCE_AREA, OVER_CAPACITY, ELEMENT_IMBALANCE, TRANSIT_LOSS, IMPLAUSIBLE_TRANSIT,
    PERMIT_VIOLATION, GRADE_OUTLIER, HIGH_RISK_ORIGIN, TRANSIT_LOSS_PATTERN
}
