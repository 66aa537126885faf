package org.mizan.custody;

import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.SiteId;

/**
 * What a moisture or sampling adjustment did to a lot: the mass removed, what is left, and the grades before and
 * after (raised by drying, unchanged by sampling). Not a loss: no leakage rule reads it.
 */
public record AdjustmentFacts(EventId eventId, LotId lot, SiteId site, LotAdjusted.Kind kind, Mass removed, Mass remaining,
        Grades previous, Grades grades) implements CustodyFacts {
}
