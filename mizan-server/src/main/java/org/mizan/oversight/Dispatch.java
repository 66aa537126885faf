package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.util.List;

import org.mizan.custody.TransitPermit;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** A departure as the permit rules see it: the lot, its mass and time, and the permit as this dispatch states it. */
record Dispatch(String eventId, LotId lot, SiteId from, SiteId to, TransitPermit permit, Mass mass, OffsetDateTime time, PartyId actor) {

    String number() {
        return permit.number();
    }

    Mass maxPayload() {
        return permit.maxPayload();
    }

    OffsetDateTime validFrom() {
        return permit.validFrom();
    }

    OffsetDateTime validUntil() {
        return permit.validUntil();
    }

    Subject subject() {
        return new Subject(List.of(lot), List.of(from, to), List.of(), List.of(actor));
    }
}
