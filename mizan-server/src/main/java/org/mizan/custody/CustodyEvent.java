package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.Set;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;

/**
 * Something that happened to lots, as reported by an actor. The names follow the CBV 2.0 business
 * steps (commissioning, shipping, receiving, transforming, inspecting, departing, a write-off, an adjustment for
 * moisture or sampling, which is not one, and a sale that moves nothing).
 * Structural errors (a missing field, a process without outputs) are refused by the records'
 * constructors; rules that need the book's state are checked by {@link LotBook}.
 */
public sealed interface CustodyEvent
        permits LotExtracted, LotDispatched, LotReceived, LotsProcessed, LotAssayed, ConsignmentExported, LotLost,
                LotAdjusted, LotTransferred {

    EventId eventId();

    OffsetDateTime time();

    PartyId actor();

    /** Every lot the event reads or writes, for indexing and trace queries. */
    Set<LotId> touchedLots();
}
