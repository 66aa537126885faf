package org.mizan.passport;

import java.util.Collection;
import java.util.List;

/**
 * What passports need from oversight: the open and resolved alerts that touch any lot, site or
 * licence of a chain. Oversight provides the bean; without it a passport says no alerts were recorded.
 */
public interface ChainAlerts {

    List<AlertSummary> alertsTouching(Collection<String> lots, Collection<String> sites, Collection<String> licences);

    /** How far oversight has evaluated the committed stream, so a passport can say what its alerts cover. */
    OversightProgress progress();
}
