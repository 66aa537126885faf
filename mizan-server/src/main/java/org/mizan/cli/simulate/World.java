package org.mizan.cli.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The simulated registry: licences on a grid in central Punjab (a few of them in Khushab district,
 * the area the simulation puts on the high-risk list), mines inside them, plants in towns around.
 */
final class World {

    /** The area the simulation's high-risk mines lie in; the server must list it in mizan.oversight.high-risk-areas. */
    static final String HIGH_RISK_AREA = "PK-PB/Khushab";
    static final double CELL = 0.04;
    /** The licence granted to the holder of licence 1 as a second title, when it is not a high-risk one: the licence hopper's. */
    static final int SIBLING = 3;

    record Licence(String number, String holder, String mineral, double lat, double lon, boolean highRisk) {
    }

    record Mine(String id, Licence licence, String material, double grade, String foreignMaterial, double foreignGrade) {

        double lat() {
            return licence.lat() + CELL / 2;
        }

        double lon() {
            return licence.lon() + CELL / 2;
        }
    }

    record Plant(String id, String operator, double lat, double lon) {
    }

    private static final double[][] TOWNS = {{31.52, 74.35}, {30.20, 71.47}, {30.81, 73.45}, {31.71, 73.98}, {29.40, 71.68},
        {32.08, 72.67}};

    final List<Licence> licences = new ArrayList<>();
    final List<Mine> mines = new ArrayList<>();
    final List<Plant> plants = new ArrayList<>();
    final String laboratory;
    final String regulator;

    World(SimulationSettings s, Random random) {
        String p = s.prefix();
        int highRisk = Math.max(1, (int) Math.round(s.licences() * 0.05));
        for (int i = 0; i < s.licences(); i++) {
            boolean risky = i >= s.licences() - highRisk;
            int cell = risky ? i - (s.licences() - highRisk) : i;
            double lat = risky ? 32.15 + (cell / 6) * 0.05 : 30.6 + (cell / 20) * 0.05;
            double lon = risky ? 72.0 + (cell % 6) * 0.05 : 72.0 + (cell % 20) * 0.05;
            String holder = i == SIBLING && !risky ? licences.get(1).holder() : p + "-holder-" + i;
            licences.add(new Licence(p.toUpperCase() + "-ML-" + i, holder, i % 2 == 0 ? "copper" : "antimony", lat, lon, risky));
        }
        for (int i = 0; i < s.mines(); i++) {
            Licence l = licences.get(i % licences.size());
            boolean copper = l.mineral().equals("copper");
            mines.add(new Mine(p + "-mine-" + i, l, copper ? "cu-ore" : "sb-ore",
                    copper ? 0.004 + 0.004 * random.nextDouble() : 0.05 + 0.15 * random.nextDouble(),
                    copper ? "sb-ore" : "cu-ore", copper ? 0.08 + 0.05 * random.nextDouble() : 0.005 + 0.002 * random.nextDouble()));
        }
        for (int i = 0; i < s.plants(); i++) {
            double[] town = TOWNS[i % TOWNS.length];
            double offset = (i / TOWNS.length) * 0.02;
            plants.add(new Plant(p + "-plant-" + i, p + "-processor-" + i, town[0] + offset, town[1] + offset));
        }
        laboratory = p + "-lab";
        regulator = p + "-regulator";
    }

    Plant plantOf(Mine mine) {
        return plants.get(Math.floorMod(mine.id().hashCode(), plants.size()));
    }

    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
