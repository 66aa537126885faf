package org.mizan.custody;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** What changed hands: the lot, where it was, its seller and buyer, and the mass the title covered. */
public record TransferFacts(EventId eventId, LotId lot, SiteId site, PartyId seller, PartyId buyer, Mass mass,
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> reference) implements CustodyFacts {
}
