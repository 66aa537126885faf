package org.mizan.cli.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Which anomaly a lot carries, if any, and the labels that say which rule should catch it. Each kind
 * is drawn with the configured rate; a lot carries at most one.
 */
final class Anomalies {

    /** {@code REUSE} puts a permit on a second truck while its first trip is under way; {@code RECYCLE} after it ended. */
    enum Kind { NONE, LICENCE, OUTSIDE, GRADE, LOSS, IMPLAUSIBLE, WINDOW, PAYLOAD, REUSE, RECYCLE }

    private final double rate;
    private final Random random;
    private final List<Label> labels;

    Anomalies(double rate, Random random, List<Label> labels) {
        this.rate = rate;
        this.random = random;
        this.labels = labels;
    }

    Kind draw(boolean gradeHistory, boolean permitToReuse, boolean permitToRecycle) {
        List<Kind> eligible = new ArrayList<>(List.of(Kind.LICENCE, Kind.OUTSIDE, Kind.LOSS, Kind.IMPLAUSIBLE, Kind.WINDOW, Kind.PAYLOAD));
        if (gradeHistory) {
            eligible.add(Kind.GRADE);
        }
        if (permitToReuse) {
            eligible.add(Kind.REUSE);
        }
        if (permitToRecycle) {
            eligible.add(Kind.RECYCLE);
        }
        double u = random.nextDouble();
        return u < rate * eligible.size() ? eligible.get((int) (u / rate)) : Kind.NONE;
    }

    /** True with the anomaly rate; for anomalies of a process or an assay rather than of a lot. */
    boolean strikes() {
        return random.nextDouble() < rate;
    }

    /**
     * Where an extraction is tagged: inside its licence; for 3 % of honest tags up to 80 m outside its
     * northern edge (GPS error, within the rule's 100 m tolerance); as an anomaly 150 m to 5 km outside.
     */
    double[] location(Kind kind, World.Mine mine) {
        World.Licence l = mine.licence();
        double metre = 1 / 111_195.0;
        if (kind == Kind.OUTSIDE) {
            return new double[] {l.lat() + World.CELL + (150 + 4850 * random.nextDouble()) * metre, l.lon() + World.CELL / 2};
        }
        if (random.nextDouble() < 0.03) {
            return new double[] {l.lat() + World.CELL + 80 * random.nextDouble() * metre, l.lon() + World.CELL / 2};
        }
        return new double[] {l.lat() + World.CELL * (0.1 + 0.8 * random.nextDouble()), l.lon() + World.CELL * (0.1 + 0.8 * random.nextDouble())};
    }

    void labelExtraction(Kind kind, String eventId, boolean highRisk) {
        if (kind == Kind.LICENCE) {
            add("LICENCE_NOT_VALID", eventId);
        } else if (kind == Kind.OUTSIDE) {
            add("OUTSIDE_LICENCE_AREA", eventId);
        } else if (kind == Kind.GRADE) {
            add("GRADE_OUTLIER", eventId);
        }
        if (highRisk) {
            add("HIGH_RISK_ORIGIN", eventId);
        }
    }

    void labelTrip(Kind kind, String dispatch, String receipt) {
        if (kind == Kind.LOSS) {
            add("TRANSIT_LOSS", receipt);
        } else if (kind == Kind.IMPLAUSIBLE) {
            add("IMPLAUSIBLE_TRANSIT", receipt);
        } else if (kind == Kind.WINDOW) {
            add("PERMIT_VIOLATION", receipt);
        } else if (kind == Kind.RECYCLE) {
            addPattern("PERMIT_VIOLATION", Label.RECYCLED_PERMIT, dispatch);
        } else if (kind == Kind.PAYLOAD || kind == Kind.REUSE) {
            add("PERMIT_VIOLATION", dispatch);
        }
    }

    void add(String rule, String eventId) {
        labels.add(new Label(rule, eventId, null));
    }

    /** A label of an event that belongs to an evasion pattern or a late decision. */
    void addPattern(String rule, String pattern, String eventId) {
        labels.add(new Label(rule, eventId, null, pattern));
    }

    void addLicence(String rule, String licence) {
        labels.add(new Label(rule, null, licence));
    }
}
