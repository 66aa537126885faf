package org.mizan.oversight;

import java.util.List;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.LotAssayed;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotReceived;
import org.mizan.custody.LotsProcessed;
import org.springframework.stereotype.Component;

/** Every rule, routed by the kind of event it looks at. Exports and write-offs raise nothing here. */
@Component
class RuleBook {

    private final ExtractionRules extraction;
    private final TransitRules transit;
    private final ProcessRules process;

    RuleBook(RegistryLookups registry, RuleMemory memory, OversightSettings settings) {
        this.extraction = new ExtractionRules(registry, memory, settings);
        this.transit = new TransitRules(registry, memory, settings);
        this.process = new ProcessRules(memory, settings, extraction);
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
        return List.of();
    }
}
