package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A royalty the simulation's companies owe: the dispatch of an ore lot from its mine, in the order the
 * server keeps (event time, then the order posted), and the amount in rupees the server will assess.
 */
record Royalty(String licence, String company, String eventId, OffsetDateTime at, long order, BigDecimal duePkr) {

    static final int DUE_DAYS = 30;

    LocalDate day() {
        return at.atZoneSameInstant(FiscalRegime.PAKISTAN).toLocalDate();
    }

    /** The deadline, as the server's default rule sets it: 30 days after the event's day in Pakistan. */
    LocalDate deadline() {
        return day().plusDays(DUE_DAYS);
    }
}
