package org.mizan.custody;

import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.SiteId;

/** For the grade-outlier rule: the grades a lot carried before the assay and those reported. */
public record AssayFacts(EventId eventId, LotId lot, SiteId laboratory, String certificate, Grades previous, Grades reported)
        implements CustodyFacts {
}
