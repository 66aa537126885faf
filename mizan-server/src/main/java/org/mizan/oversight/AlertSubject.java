package org.mizan.oversight;

import java.util.List;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.SiteId;

/**
 * What an alert is about, by id, as its record states it: the lots, sites and licences it names. A folded
 * alert keeps only its first lots ({@link Alerts#EVIDENCE_KEPT}); {@code complete} is false when its record may
 * have dropped some, so that a page never concludes from a shortened list that an alert leaves a lot alone.
 */
public record AlertSubject(String id, List<LotId> lots, List<SiteId> sites, List<LicenceNumber> licences, boolean complete) {

    public AlertSubject {
        lots = List.copyOf(lots);
        sites = List.copyOf(sites);
        licences = List.copyOf(licences);
    }
}
