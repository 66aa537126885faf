package org.mizan.custody;

import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.SiteId;

/** For the leakage rules: what was written off where, and what the lot still holds. */
public record LossFacts(EventId eventId, LotId lot, SiteId site, Mass lost, Mass remaining, String reason)
        implements CustodyFacts {
}
