package org.mizan.custody.book;

import org.mizan.custody.LotTransferred;
import org.mizan.custody.TransferFacts;

/** A sale without movement: title passes to a registered buyer; custody and mass stay where they were. */
final class Transferring {

    private final Parties parties;

    Transferring(Parties parties) {
        this.parties = parties;
    }

    TransferFacts apply(LotTransferred event, Staging staging) {
        Lot lot = staging.existing(event.lot());
        Lot after = lot.transferred(event);
        parties.require(event.buyer());
        staging.put(after);
        return new TransferFacts(event.eventId(), lot.id(), lot.site(), lot.owner(), event.buyer(), lot.availableMass(),
                event.reference());
    }
}
