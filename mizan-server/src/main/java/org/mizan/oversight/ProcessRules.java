package org.mizan.oversight;

import java.util.ArrayList;
import java.util.List;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.ElementBalance;
import org.mizan.custody.LotAssayed;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.ProcessBalance;
import org.mizan.custody.ProcessInput;
import org.mizan.custody.ProcessOutput;
import org.mizan.kernel.LotId;

/**
 * The rules on plants and laboratories: element balance of a process, assays against the producing site's history and
 * against the grades the mine declared.
 */
final class ProcessRules {

    private final RuleMemory memory;
    private final ElementImbalancePolicy balance;
    private final ExtractionRules grades;
    private final GradeUnderDeclarationPolicy underDeclaration;
    private final int pairs;

    ProcessRules(RuleMemory memory, OversightSettings settings, ExtractionRules grades) {
        this.memory = memory;
        this.balance = new ElementImbalancePolicy(settings);
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
                    memory.addGrade(event.site(), o.material(), element, committed.seq(), grade.fraction()));
        }
        List<ElementImbalancePolicy.Balance> balances = new ArrayList<>();
        for (ElementBalance e : ((ProcessBalance) committed.facts()).elements()) {
            balances.add(new ElementImbalancePolicy.Balance(e.element(), e.input(), e.output()));
        }
        return balance.check(event.eventId().value(), event.site(), event.actor(), event.process(), lots, balances);
    }

    List<Finding> assayed(CommittedEvent committed, LotAssayed event) {
        List<Finding> findings = new ArrayList<>();
        memory.lot(event.lot()).ifPresent(origin -> event.grades().fractions().forEach((element, grade) ->
                findings.addAll(grades.grade(committed.seq(), new GradeOutlierPolicy.Measurement(event.eventId().value(),
                        event.lot(), origin.site(), origin.material(), element, grade.fraction(), event.actor()),
                        grades.primary(origin.material(), element)))));
        event.grades().fractions().forEach((element, grade) -> memory.pairAssay(event.lot(), element, event.eventId().value(),
                committed.seq(), grade.fraction()).flatMap(site -> underDeclaration.check(site, memory.gradePairs(site, committed.seq(), pairs)))
                .ifPresent(findings::add));
        return findings;
    }
}
