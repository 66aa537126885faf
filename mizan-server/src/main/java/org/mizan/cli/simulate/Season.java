package org.mizan.cli.simulate;

import java.time.LocalDate;

/**
 * Output by month, as pits work it: the monsoon (July and August) halves a mine's lots, the cold of December and
 * January takes a quarter off. The licences' capacities are computed from the same plan, so a licence's year is
 * judged against what its seasons give, not against a flat year.
 */
final class Season {

    private Season() {
    }

    /** A mine's lots on the day. */
    static int lots(SimulationSettings s, LocalDate day) {
        double factor;
        switch (day.getMonthValue()) {
            case 7:
            case 8:
                factor = 0.5;
                break;
            case 12:
            case 1:
                factor = 0.75;
                break;
            default:
                factor = 1;
        }
        return Math.max(1, (int) Math.round(s.lotsPerMineDay() * factor));
    }

    /** A mine's lots over the simulated days. */
    static long lotsInRun(SimulationSettings s) {
        long lots = 0;
        for (int d = 0; d < s.days(); d++) {
            lots += lots(s, LocalDate.of(s.year(), 1, 1).plusDays(d));
        }
        return lots;
    }
}
