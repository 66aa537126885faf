package org.mizan.oversight;

import java.util.List;
import java.util.Objects;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** What an alert is about, by id: the lots, sites, licences and parties involved. */
record Subject(List<LotId> lots, List<SiteId> sites, List<LicenceNumber> licences, List<PartyId> parties) {

    Subject {
        lots = distinct(lots);
        sites = distinct(sites);
        licences = distinct(licences);
        parties = distinct(parties);
    }

    private static <T> List<T> distinct(List<T> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** The ids of one kind as stored in a text array column. */
    static String[] column(List<?> ids) {
        return ids.stream().map(Object::toString).toArray(String[]::new);
    }
}
