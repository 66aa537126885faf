package org.mizan.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;
import org.mizan.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's facade for parties and sites, and its read side for other modules. */
@Service
public class Registry {

    private final Parties parties;
    private final Sites sites;
    private final Licences licences;
    private final Provinces provinces;
    private final Catalogue catalogue;
    private final RegistryWritePolicy policy;
    private final Clock clock;

    Registry(Parties parties, Sites sites, Licences licences, Provinces provinces, Catalogue catalogue, Clock clock) {
        this.parties = parties;
        this.sites = sites;
        this.licences = licences;
        this.provinces = provinces;
        this.catalogue = catalogue;
        this.policy = new RegistryWritePolicy(parties);
        this.clock = clock;
    }

    @Transactional
    public Party registerParty(Actor actor, Party party) {
        policy.mayRegisterParty(actor, party);
        party.jurisdiction().ifPresent(provinces::get);
        if (parties.exists(party.id())) {
            throw Rejection.conflict("party-exists", "Party " + party.id() + " is already registered");
        }
        parties.insert(party, now());
        return party;
    }

    public Optional<Party> party(PartyId id) {
        return parties.find(id);
    }

    public List<Party> parties() {
        return parties.all();
    }

    /** Registers a site; its province follows from its coordinates, not from what the caller says. */
    @Transactional
    public Site registerSite(Actor actor, Site proposed) {
        Optional<ProvinceCode> province = provinces.locate(proposed.lat(), proposed.lon()).map(Place::province);
        Site site = new Site(proposed.id(), proposed.name(), proposed.kind(), proposed.lat(), proposed.lon(), province,
                proposed.operator(), proposed.licence());
        policy.mayRegisterSite(actor, site);
        if (parties.find(site.operator()).isEmpty()) {
            throw Rejection.invalid("unknown-party", "No party " + site.operator() + " is registered to operate this site");
        }
        if (site.licence().isPresent() && licences.find(site.licence().get()).isEmpty()) {
            throw Rejection.invalid("unknown-licence", "No licence " + site.licence().get() + " is registered");
        }
        if (sites.find(site.id()).isPresent()) {
            throw Rejection.conflict("site-exists", "Site " + site.id() + " is already registered");
        }
        sites.insert(site, now());
        return site;
    }

    public Optional<Site> site(SiteId id) {
        return sites.find(id);
    }

    public List<Site> sites(Optional<SiteKind> kind, Optional<ProvinceCode> province) {
        return sites.all(kind, province);
    }

    public Optional<Licence> licence(LicenceNumber number) {
        return licences.find(number);
    }

    /** Licence decisions recorded after {@code seq}, in the order they were recorded, at most {@code limit}. */
    public List<LicenceDecision> decisionsAfter(long seq, int limit) {
        return licences.decisionsAfter(seq, limit);
    }

    /** The licences a party holds, whatever their status. */
    public List<Licence> licencesHeldBy(PartyId holder) {
        return licences.search(Optional.empty(), Optional.empty(), Optional.of(holder));
    }

    /**
     * The status a licence had at an instant, judged on its province's calendar by the decisions in
     * effect that day (however late they were recorded) and its grant and expiry dates; empty if no
     * such licence is registered.
     */
    public Optional<LicenceStatus> statusAt(LicenceNumber number, Instant at) {
        return licences.find(number).map(l -> l.statusAt(at, provinces.zone(l.province())));
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Provinces provinces() {
        return provinces;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
