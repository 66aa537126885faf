package org.mizan.custody.book;

import org.mizan.custody.LossFacts;
import org.mizan.custody.LotLost;

/** Write-off: part or all of a lot's available mass is lost; a lot written off to zero is LOST. */
final class WritingOff {

    LossFacts apply(LotLost event, Staging staging) {
        Lot lot = staging.existing(event.lot());
        Lot after = lot.writtenOff(event);
        staging.put(after);
        return new LossFacts(event.eventId(), lot.id(), lot.site(), event.mass(), after.availableMass(), event.reason());
    }
}
