package org.mizan.cli.simulate;

/**
 * What to simulate: a seed, the size of the economy (licences, mines, plants), how many days of the
 * calendar year and how many lots each mine extracts a day, and the rate at which each kind of
 * anomaly is injected. {@code prefix} keeps the identifiers of one run apart from any other data.
 */
public record SimulationSettings(long seed, int licences, int mines, int plants, int days, int lotsPerMineDay,
        double anomalyRate, int year, String prefix) {

    public SimulationSettings {
        require(licences >= 1 && licences <= 300, "licences must be 1..300");
        require(mines >= licences && mines <= 3000, "mines must be at least the number of licences, at most 3000");
        require(plants >= 1 && plants <= 50, "plants must be 1..50");
        require(days >= 7 && days <= 365, "days must be 7..365 (one calendar year)");
        require(lotsPerMineDay >= 1 && lotsPerMineDay <= 20, "lots per mine and day must be 1..20");
        require(anomalyRate > 0 && anomalyRate <= 0.1, "the anomaly rate must be in (0, 0.1]");
        require(prefix != null && prefix.matches("[a-z][a-z0-9]{1,15}"), "the prefix is 2..16 lower-case letters and digits");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
