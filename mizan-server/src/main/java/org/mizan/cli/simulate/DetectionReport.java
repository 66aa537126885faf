package org.mizan.cli.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Recall and precision of each rule: a label is detected when an alert of its rule cites its event
 * (or, for yearly capacity and a reconciliation line, names its licence); an alert is a true positive when it detects some
 * label. Recall = detected labels / labels; precision = true-positive alerts / alerts.
 */
public final class DetectionReport {

    /** An alert reduced to what matching needs. */
    public record Raised(String rule, List<String> eventIds, List<String> licences) {
    }

    /** One rule's figures. */
    public record Row(String rule, int labels, int detected, int alerts, int truePositives) {

        public double recall() {
            return labels == 0 ? 1 : (double) detected / labels;
        }

        public double precision() {
            return alerts == 0 ? (labels == 0 ? 1 : 0) : (double) truePositives / alerts;
        }
    }

    /** One evasion pattern's figures: how many of its labels an alert of its rule detected. */
    public record PatternRow(String pattern, String rule, int labels, int detected) {

        public double recall() {
            return labels == 0 ? 1 : (double) detected / labels;
        }
    }

    private DetectionReport() {
    }

    /** Recall per pattern, over the labels that belong to one; a pattern's precision is its rule's. */
    public static List<PatternRow> patterns(List<Label> labels, List<Raised> alerts) {
        Map<String, PatternRow> rows = new TreeMap<>();
        labels.stream().filter(l -> l.pattern() != null).forEach(l -> {
            boolean detected = alerts.stream().anyMatch(a -> a.rule().equals(l.rule()) && matches(a, l));
            rows.merge(l.pattern(), new PatternRow(l.pattern(), l.rule(), 1, detected ? 1 : 0),
                    (a, b) -> new PatternRow(a.pattern(), a.rule(), a.labels() + b.labels(), a.detected() + b.detected()));
        });
        return new ArrayList<>(rows.values());
    }

    public static String patternTable(List<PatternRow> rows) {
        StringBuilder out = new StringBuilder(String.format("%-28s %-24s %7s %8s %8s%n", "pattern", "rule", "labels", "detected", "recall"));
        for (PatternRow r : rows) {
            out.append(String.format("%-28s %-24s %7d %8d %7.1f%%%n", r.pattern(), r.rule(), r.labels(), r.detected(), 100 * r.recall()));
        }
        return out.toString();
    }

    public static List<Row> compare(List<Label> labels, List<Raised> alerts) {
        Set<String> rules = new TreeSet<>();
        labels.forEach(l -> rules.add(l.rule()));
        alerts.forEach(a -> rules.add(a.rule()));
        Map<String, Row> rows = new TreeMap<>();
        for (String rule : rules) {
            List<Label> mine = labels.stream().filter(l -> l.rule().equals(rule)).toList();
            List<Raised> raised = alerts.stream().filter(a -> a.rule().equals(rule)).toList();
            int detected = (int) mine.stream().filter(l -> raised.stream().anyMatch(a -> matches(a, l))).count();
            int truePositives = (int) raised.stream().filter(a -> mine.stream().anyMatch(l -> matches(a, l))).count();
            rows.put(rule, new Row(rule, mine.size(), detected, raised.size(), truePositives));
        }
        return new ArrayList<>(rows.values());
    }

    static boolean matches(Raised alert, Label label) {
        return label.eventId() != null && alert.eventIds().contains(label.eventId())
                || label.licence() != null && alert.licences().contains(label.licence());
    }

    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format("%-24s %7s %8s %7s %7s %8s %9s%n", "rule", "labels", "detected", "alerts",
                "true+", "recall", "precision"));
        for (Row r : rows) {
            out.append(String.format("%-24s %7d %8d %7d %7d %7.1f%% %8.1f%%%n", r.rule(), r.labels(), r.detected(), r.alerts(),
                    r.truePositives(), 100 * r.recall(), 100 * r.precision()));
        }
        return out.toString();
    }
}
