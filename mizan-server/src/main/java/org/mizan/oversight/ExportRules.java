package org.mizan.oversight;

import java.util.List;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.ExportFacts;
import org.mizan.fiscal.FiscalRecords;
import org.mizan.fiscal.ReferenceValue;

/** The rule at the border: an export's declared value against its contained elements at reference prices of its year. */
final class ExportRules {

    private final RegistryLookups registry;
    private final FiscalRecords fiscal;
    private final UndervaluedExportPolicy undervalued;

    ExportRules(RegistryLookups registry, FiscalRecords fiscal, FiscalRuleSettings settings) {
        this.registry = registry;
        this.fiscal = fiscal;
        this.undervalued = new UndervaluedExportPolicy(settings);
    }

    List<Finding> exported(CommittedEvent committed, ConsignmentExported event) {
        ExportFacts facts = (ExportFacts) committed.facts();
        int year = event.time().atZoneSameInstant(registry.registry().provinces().zone()).getYear();
        ReferenceValue reference = fiscal.referenceValue(facts.containedMass(), year);
        return undervalued.check(event, reference, List.of(event.actor())).stream().toList();
    }
}
