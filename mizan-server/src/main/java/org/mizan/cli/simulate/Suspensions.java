package org.mizan.cli.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decisions recorded late: a regulator suspends a licence for four days and enters the suspension, and the
 * reinstatement after it, only in the week after, when the licence's mines have already reported those days. The
 * mines went on extracting; each of their extractions dated on a suspended day is labelled {@code LICENCE_NOT_VALID}
 * for the pattern {@link Label#BACKDATED_SUSPENSION}. One licence in every {@code 1 / rate}, spread over the run, skipping
 * those the hopper and the skimmer hold so that each label stands for one thing.
 */
final class Suspensions {

    static final int DAYS = 4;

    /** A status decision as the regulator posts it. */
    record Decision(String licence, String status, LocalDate effectiveFrom, String reason) {
    }

    private final Map<Integer, String> licenceDecidedAfterWeek = new LinkedHashMap<>();
    private final Map<String, Map<LocalDate, List<String>>> extractions = new LinkedHashMap<>();
    private final int year;

    Suspensions(SimulationSettings s, World world) {
        this.year = s.year();
        List<World.Licence> eligible = world.licences.stream().filter(l -> !l.holder().equals(world.licences.get(0).holder())
                && !l.holder().equals(world.licences.get(Math.min(1, world.licences.size() - 1)).holder())).toList();
        int weeks = (s.days() + 6) / 7;
        int count = Math.min(eligible.size(), Math.min(weeks - 2, Math.max(1, (int) Math.round(world.licences.size() * s.anomalyRate()))));
        for (int k = 0; k < count; k++) {
            int week = 2 + k * (weeks - 2) / count;
            licenceDecidedAfterWeek.put(week, eligible.get(k * eligible.size() / count).number());
        }
    }

    /** Remembers an extraction of a valid licence, which a suspension recorded later may reach. */
    void extracted(String licence, LocalDate day, String eventId) {
        extractions.computeIfAbsent(licence, k -> new LinkedHashMap<>()).computeIfAbsent(day, k -> new ArrayList<>()).add(eventId);
    }

    /**
     * The decisions the regulator records once week {@code week} is posted: a suspension from the second day of the week
     * before and the reinstatement four days later, with the labels of the extractions already reported in between.
     */
    List<Decision> after(int week, Anomalies anomalies) {
        Optional<String> licence = Optional.ofNullable(licenceDecidedAfterWeek.get(week));
        if (licence.isEmpty()) {
            return List.of();
        }
        LocalDate from = LocalDate.of(year, 1, 1).plusDays((week - 1) * 7L + 1);
        Map<LocalDate, List<String>> days = extractions.getOrDefault(licence.get(), Map.of());
        for (int d = 0; d < DAYS; d++) {
            days.getOrDefault(from.plusDays(d), List.of()).forEach(id -> anomalies.addPattern("LICENCE_NOT_VALID", Label.BACKDATED_SUSPENSION, id));
        }
        return List.of(new Decision(licence.get(), "suspended", from, "blasting without a permit, decided on site inspection"),
                new Decision(licence.get(), "active", from.plusDays(DAYS), "blasting permit produced"));
    }
}
