package org.mizan.oversight;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.SiteId;
import org.mizan.registry.Licence;
import org.mizan.registry.Registry;
import org.mizan.registry.Site;
import org.springframework.stereotype.Component;

/**
 * The registry as the rules read it, remembered for one batch of events: a batch touches the same
 * few sites and licences hundreds of times, and a licence's area is parsed on every lookup. Cleared at
 * the start of each batch, so a suspended licence is seen by the next batch. A licence comes with its
 * whole status history, so the rules judge each event by the status in force when it happened.
 */
@Component
class RegistryLookups {

    private final Registry registry;
    private final Map<SiteId, Optional<Site>> sites = new ConcurrentHashMap<>();
    private final Map<LicenceNumber, Optional<Licence>> licences = new ConcurrentHashMap<>();
    private final Map<PartyId, List<Licence>> holdings = new ConcurrentHashMap<>();

    RegistryLookups(Registry registry) {
        this.registry = registry;
    }

    void clear() {
        sites.clear();
        licences.clear();
        holdings.clear();
    }

    Optional<Site> site(SiteId id) {
        return sites.computeIfAbsent(id, registry::site);
    }

    Optional<Licence> licence(LicenceNumber number) {
        return licences.computeIfAbsent(number, registry::licence);
    }

    /** The licences a party holds, whatever their status. */
    List<Licence> licencesHeldBy(PartyId holder) {
        return holdings.computeIfAbsent(holder, registry::licencesHeldBy);
    }

    /** The time zone in which a province's law reads licence dates. */
    ZoneId zone(ProvinceCode province) {
        return registry.provinces().zone(province);
    }

    Registry registry() {
        return registry;
    }
}
