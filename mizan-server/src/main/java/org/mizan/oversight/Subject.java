package org.mizan.oversight;

import java.util.List;

/** What an alert is about, by id: the lots, sites, licences and parties involved. */
record Subject(List<String> lots, List<String> sites, List<String> licences, List<String> parties) {

    Subject {
        lots = distinct(lots);
        sites = distinct(sites);
        licences = distinct(licences);
        parties = distinct(parties);
    }

    private static List<String> distinct(List<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
