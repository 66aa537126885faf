package org.mizan.oversight;

import java.util.ArrayList;
import java.util.List;

import org.mizan.custody.AdjustmentFacts;
import org.mizan.custody.CommittedEvent;
import org.mizan.custody.ElementBalance;
import org.mizan.custody.LotAdjusted;
import org.mizan.custody.LotAssayed;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.ProcessBalance;
import org.mizan.custody.ProcessInput;
import org.mizan.custody.ProcessOutput;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LotId;

/**
 * The rules on plants and laboratories: element balance of a process, assays against the producing site's history and
 * against the grades the mine declared.
 */
final class ProcessRules {

    private final RuleMemory memory;
    private final OversightSettings settings;
    private final ElementImbalancePolicy balance;
    private final BalancePatternSettings patternSettings;
    private final ElementBalancePatternPolicy pattern;
    private final ExtractionRules grades;
    private final GradeUnderDeclarationPolicy underDeclaration;
    private final int pairs;

    ProcessRules(RuleMemory memory, OversightSettings settings, BalancePatternSettings patternSettings, ExtractionRules grades) {
        this.memory = memory;
        this.settings = settings;
        this.balance = new ElementImbalancePolicy(settings);
        this.patternSettings = patternSettings;
        this.pattern = new ElementBalancePatternPolicy(patternSettings);
        this.grades = grades;
        this.underDeclaration = new GradeUnderDeclarationPolicy(settings);
        this.pairs = settings.underDeclaredPairs();
    }

    List<Finding> processed(CommittedEvent committed, LotsProcessed event) {
        List<LotId> lots = new ArrayList<>();
        event.inputs().stream().map(ProcessInput::lot).forEach(lots::add);
        for (ProcessOutput o : event.outputs()) {
            lots.add(o.lot());
            memory.rememberLot(o.lot(), o.material(), event.site());
            o.grades().fractions().forEach((element, grade) ->
                    memory.addGrade(event.site(), o.material(), element, committed.seq(), grade.fraction(), false));
        }
        List<ElementImbalancePolicy.Balance> balances = new ArrayList<>();
        for (ElementBalance e : ((ProcessBalance) committed.facts()).elements()) {
            balances.add(new ElementImbalancePolicy.Balance(e.element(), e.input(), e.output(), wasteDeclared(event, e.element())));
        }
        List<Finding> findings = new ArrayList<>(balance.check(event.eventId().value(), event.site(), event.actor(), event.process(), lots,
                balances));
        for (ElementImbalancePolicy.Balance b : balances) {
            findings.addAll(balancePattern(event, lots, b));
        }
        return findings;
    }

    /** Whether a tailings or slag output of the run states a grade of the element, so the run accounts for its waste. */
    private static boolean wasteDeclared(LotsProcessed event, ElementSymbol element) {
        return event.outputs().stream().anyMatch(o -> o.role().isWaste() && o.grades().fractions().containsKey(element));
    }

    /** Remembers the run's element balance and judges the plant's recent runs of that element together. */
    private List<Finding> balancePattern(LotsProcessed event, List<LotId> lots, ElementImbalancePolicy.Balance b) {
        PlantRun run = new PlantRun(event.eventId().value(), event.time(), b.input().grams(), b.output().grams());
        memory.addPlantRun(event.site(), b.element(), run);
        List<PlantRun> window = memory.plantRuns(event.site(), b.element(), event.time(), patternSettings.window(), patternSettings.runs());
        // The window ends at the run's own time, so a run recorded late is judged on the runs before it; of two runs at one
        // moment, the one the window's order puts first is judged, with the other in its window.
        if (window.isEmpty() || !window.get(0).eventId().equals(run.eventId())) {
            return List.of();
        }
        return pattern.check(new ElementBalancePatternPolicy.Run(run.eventId(), event.site(), event.actor(), event.process(), lots, b.element(),
                settings.elementTolerance(event.process())), window).map(List::of).orElse(List.of());
    }

    /** Water and samples are no findings; drying only rebases what the lot declared (ADR 14). */
    List<Finding> adjusted(CommittedEvent committed, LotAdjusted event) {
        if (event.kind() == LotAdjusted.Kind.MOISTURE) {
            memory.dryDeclaredGrades(event.lot(), ((AdjustmentFacts) committed.facts()).grades());
        }
        return List.of();
    }

    List<Finding> assayed(CommittedEvent committed, LotAssayed event) {
        List<Finding> findings = new ArrayList<>();
        memory.lot(event.lot()).ifPresent(origin -> event.applied().fractions().forEach((element, grade) ->
                findings.addAll(grades.grade(committed.seq(), new GradeOutlierPolicy.Measurement(event.eventId().value(),
                        event.lot(), origin.site(), origin.material(), element, grade.fraction(), event.actor(), true),
                        grades.primary(origin.material(), element)))));
        event.applied().fractions().forEach((element, grade) -> memory.pairAssay(event.lot(), element, event.eventId().value(),
                committed.seq(), grade.fraction()).flatMap(site -> underDeclaration.check(site, memory.gradePairs(site, committed.seq(), pairs)))
                .ifPresent(findings::add));
        return findings;
    }
}
