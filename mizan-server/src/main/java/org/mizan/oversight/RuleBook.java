package org.mizan.oversight;

import java.util.List;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.LotAdjusted;
import org.mizan.custody.LotAssayed;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotReceived;
import org.mizan.custody.LotsProcessed;
import org.mizan.fiscal.FiscalRecords;
import org.springframework.stereotype.Component;

/**
 * Every rule on the custody stream, routed by the kind of event it looks at. Write-offs raise nothing here;
 * the royalty and reconciliation rules judge the fiscal records on their own schedule ({@link FiscalWatch}).
 */
@Component
class RuleBook {

    private final ExtractionRules extraction;
    private final TransitRules transit;
    private final ProcessRules process;

    private final ExportRules export;

    RuleBook(RegistryLookups registry, RuleMemory memory, OversightSettings settings, FiscalRecords fiscal, FiscalRuleSettings fiscalSettings,
            BalancePatternSettings balancePattern, LicenceHoppingSettings hopping) {
        this.extraction = new ExtractionRules(registry, memory, settings, hopping);
        this.export = new ExportRules(registry, fiscal, fiscalSettings);
        this.transit = new TransitRules(registry, memory, settings);
        this.process = new ProcessRules(memory, settings, balancePattern, extraction);
    }

    /** The licence rule on an extraction again, for a decision about its licence recorded after it was judged. */
    java.util.Optional<Finding> rejudgeLicence(CommittedEvent committed) {
        return committed.event() instanceof LotExtracted e ? extraction.validity(e) : java.util.Optional.empty();
    }

    List<Finding> evaluate(CommittedEvent committed) {
        CustodyEvent event = committed.event();
        if (event instanceof LotExtracted e) {
            return extraction.evaluate(committed, e);
        }
        if (event instanceof LotDispatched e) {
            return transit.dispatched(committed, e);
        }
        if (event instanceof LotReceived e) {
            return transit.received(committed, e);
        }
        if (event instanceof LotsProcessed e) {
            return process.processed(committed, e);
        }
        if (event instanceof LotAssayed e) {
            return process.assayed(committed, e);
        }
        if (event instanceof ConsignmentExported e) {
            return export.exported(committed, e);
        }
        if (event instanceof LotAdjusted e) {
            return process.adjusted(committed, e);
        }
        return List.of();
    }
}
