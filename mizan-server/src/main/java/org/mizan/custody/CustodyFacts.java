package org.mizan.custody;

/**
 * What an accepted event tells oversight, beyond the event itself: figures looked up or derived from
 * the book at the moment of acceptance (a licence, a dispatched mass, an element balance). Red flags
 * are computed from these later; custody only records them.
 */
public sealed interface CustodyFacts
        permits ExtractionFacts, DispatchFacts, TransitFacts, ProcessBalance, AssayFacts, ExportFacts, LossFacts, AdjustmentFacts,
                TransferFacts {

    EventId eventId();
}
