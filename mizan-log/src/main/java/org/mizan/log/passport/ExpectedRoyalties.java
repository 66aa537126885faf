package org.mizan.log.passport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.mizan.log.fiscal.AssessmentForm;
import org.mizan.log.fiscal.RoyaltyComputation;
import org.mizan.log.fiscal.RoyaltyFigures;

/**
 * What the royalty section must say: each assessment names a lot of the chain and a disclosed taxable
 * event; its grade is the grade the event it cites reports; its amounts, and the figures committed inside
 * it, recompute from the inputs it names; the totals add up. The committed assessment itself is proven by
 * its inclusion in the log, checked with the events'.
 */
final class ExpectedRoyalties {

    private static final String INPUTS = "the assessment's inputs give";

    private ExpectedRoyalties() {
    }

    static void of(Expected out, PassportRoyalties royalties, ChainReplay.Result replay, List<DisclosedEvent> events) {
        List<PassportRoyalties.Entry> entries = royalties == null || royalties.assessments() == null ? List.of() : royalties.assessments();
        if (entries.isEmpty()) {
            String stated = royalties == null ? null : royalties.note();
            out.put("royalties.status", PassportFormat.NOT_ASSESSED, Expected.FORMAT);
            out.put("royalties.note", PassportFormat.ROYALTIES_BEFORE.equals(stated) ? stated : PassportFormat.ROYALTIES_NONE, Expected.FORMAT);
            return;
        }
        out.put("royalties.status", PassportFormat.ROYALTIES_ASSESSED, Expected.FORMAT);
        out.put("royalties.note", PassportFormat.ROYALTIES_NOTE, Expected.FORMAT);
        BigDecimal usd = BigDecimal.ZERO;
        BigDecimal pkr = BigDecimal.ZERO;
        BigDecimal forgone = BigDecimal.ZERO;
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> assessment = Fields.required(entries.get(i).assessment(), "royalties.assessments[" + i + "].assessment");
            RoyaltyFigures figures = entry(out, "royalties.assessments[" + i + "]", assessment, replay, events);
            if (figures != null) {
                usd = usd.add(figures.dueUsd());
                pkr = pkr.add(figures.duePkr());
                forgone = forgone.add(figures.forgoneUsd());
            }
        }
        out.figure("royalties.totalDueUsd", usd, "the assessments give");
        out.figure("royalties.totalDuePkr", pkr, "the assessments give");
        out.figure("royalties.totalForgoneUsd", forgone, "the assessments give");
    }

    private static RoyaltyFigures entry(Expected out, String path, Map<String, Object> assessment, ChainReplay.Result replay,
            List<DisclosedEvent> events) {
        String lot = Json.text(assessment, "lot");
        out.put(path + ".assessmentId", assessment.get("id"), "the committed assessment gives");
        out.put(path + ".lot", replay.lots().containsKey(lot) ? lot : "a lot of this chain (" + lot + " is not one)", Expected.EVENTS);
        Object event = assessment.get("eventId");
        if (events.stream().noneMatch(e -> e.eventId().equals(event))) {
            out.put(path + ".assessment.eventId", "an event disclosed in evidence.events (" + event + " is not)", Expected.EVENTS);
        }
        if (!AssessmentForm.assessed(assessment)) {
            return null;
        }
        Object rate = assessment.get("rate");
        if (rate instanceof Map<?, ?> row && Boolean.TRUE.equals(row.get("illustrative"))) {
            out.put(path + ".notice", PassportFormat.ILLUSTRATIVE_RATE, Expected.FORMAT);
        }
        grade(out, path, assessment, events);
        RoyaltyFigures figures = RoyaltyComputation.compute(AssessmentForm.inputs(assessment));
        out.figure(path + ".dueUsd", figures.dueUsd(), INPUTS);
        out.figure(path + ".duePkr", figures.duePkr(), INPUTS);
        out.figure(path + ".assessment.figures.dueUsd", figures.dueUsd(), INPUTS);
        out.figure(path + ".assessment.figures.duePkr", figures.duePkr(), INPUTS);
        out.figure(path + ".assessment.figures.grossUsd", figures.grossUsd(), INPUTS);
        out.figure(path + ".assessment.figures.forgoneUsd", figures.forgoneUsd(), INPUTS);
        out.put(path + ".assessment.figures.minimumApplied", figures.minimumApplied(), INPUTS);
        return figures;
    }

    /** The grade an assessment uses is the one reported by the extraction or assay it cites, when that event is disclosed. */
    private static void grade(Expected out, String path, Map<String, Object> assessment, List<DisclosedEvent> events) {
        Object source = assessment.get("gradeSource");
        Object element = assessment.get("element");
        if (source == null || element == null) {
            return;
        }
        for (DisclosedEvent e : events) {
            if (e.eventId().equals(source) && e.event().get("grades") instanceof Map<?, ?> grades && grades.get(element) instanceof String g) {
                out.figure(path + ".assessment.grade", new BigDecimal(g), Expected.byEvent(source));
            }
        }
    }
}
