package org.mizan.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grants titles and changes their status, each under the provincial regulator's authority. */
@Service
public class LicenceOffice {

    /** What a status change asks for, taking effect today. */
    public enum Transition {
        SUSPEND(LicenceStatus.SUSPENDED), REINSTATE(LicenceStatus.ACTIVE), REVOKE(LicenceStatus.REVOKED);

        private final LicenceStatus to;

        Transition(LicenceStatus to) {
            this.to = to;
        }
    }

    /** A regulator's decision as asked for: the status that comes into force, from which day, and why. */
    public record Decision(LicenceStatus status, LocalDate effectiveFrom, Optional<String> reason) {

        public Decision {
            if (status == null || effectiveFrom == null || reason == null) {
                throw Rejection.invalid("missing-field", "A status decision needs a status and the day it takes effect");
            }
        }
    }

    private final Licences licences;
    private final Parties parties;
    private final Provinces provinces;
    private final Catalogue catalogue;
    private final RegistryWritePolicy policy;
    private final Clock clock;

    LicenceOffice(Licences licences, Parties parties, Provinces provinces, Catalogue catalogue, Clock clock) {
        this.licences = licences;
        this.parties = parties;
        this.provinces = provinces;
        this.catalogue = catalogue;
        this.policy = new RegistryWritePolicy(parties);
        this.clock = clock;
    }

    @Transactional
    public Licence grant(Actor actor, Licence licence) {
        return grant(actor, licence, List.of());
    }

    /**
     * Registers a title together with the decisions already taken on it, as a regulator does when it
     * brings an older licence into the register: each is guarded as if recorded one after another, in
     * the order of the days they took effect.
     */
    @Transactional
    public Licence grant(Actor actor, Licence proposed, List<Decision> past) {
        provinces.get(proposed.province());
        policy.mayAdministerLicences(actor, proposed.province());
        Licence licence = proposed;
        List<Decision> inOrder = past.stream().sorted(java.util.Comparator.comparing(Decision::effectiveFrom)).toList();
        for (Decision decision : inOrder) {
            licence = licence.record(change(actor, licence, decision), today(licence.province()));
        }
        licence.minerals().forEach(m -> catalogue.mineral(m.mineral()));
        if (!parties.exists(licence.holder())) {
            throw Rejection.invalid("unknown-party", "No party " + licence.holder() + " is registered to hold this licence");
        }
        licences.lockForGrant();
        if (licences.find(licence.number()).isPresent()) {
            throw Rejection.conflict("licence-exists", "Licence " + licence.number() + " is already registered");
        }
        List<String> minerals = licence.minerals().stream().map(MineralCapacity::mineral).toList();
        new LicenceAreaPolicy(provinces).check(licence, licences.inBox(licence.area().getEnvelopeInternal(), minerals),
                today(licence.province()));
        licences.insert(licence, now());
        return licence;
    }

    /** A status change that takes effect today, in the province's calendar. */
    @Transactional
    public Licence change(Actor actor, LicenceNumber number, Transition transition, String note) {
        Licence current = find(number);
        Optional<String> reason = note == null || note.isBlank() ? Optional.empty() : Optional.of(note);
        return decide(actor, current, new Decision(transition.to, today(current.province()), reason));
    }

    /** Records a dated decision on a licence of the actor's province; the licence's history guards it. */
    @Transactional
    public Licence decide(Actor actor, LicenceNumber number, Decision decision) {
        return decide(actor, find(number), decision);
    }

    private Licence decide(Actor actor, Licence current, Decision decision) {
        policy.mayAdministerLicences(actor, current.province());
        LicenceStatusChange change = change(actor, current, decision);
        Licence changed = current.record(change, today(current.province()));
        licences.append(changed, change, now());
        return changed;
    }

    private LicenceStatusChange change(Actor actor, Licence licence, Decision decision) {
        return LicenceStatusChange.to(decision.status(), licence.number(), decision.effectiveFrom(), actor.party(),
                decision.reason(), clock.instant());
    }

    private Licence find(LicenceNumber number) {
        return licences.find(number)
                .orElseThrow(() -> Rejection.notFound("unknown-licence", "No licence " + number + " is registered"));
    }

    public List<Licence> search(Optional<ProvinceCode> province, Optional<String> mineral, Optional<PartyId> holder) {
        mineral.ifPresent(catalogue::mineral);
        province.ifPresent(provinces::get);
        return licences.search(province, mineral, holder);
    }

    /** Licences whose area contains the point, whatever their status. */
    public List<Licence> at(double lat, double lon) {
        Point point = GeoJson.FACTORY.createPoint(new Coordinate(lon, lat));
        return licences.inBox(point.getEnvelopeInternal(), List.of()).stream()
                .filter(l -> l.area().covers(point)).toList();
    }

    /** Today in the registry's calendar, for views that show every province's licences at once. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(provinces.zone()));
    }

    /** Today in the calendar of the province whose law the licence follows. */
    public LocalDate today(ProvinceCode province) {
        return LocalDate.now(clock.withZone(provinces.zone(province)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
