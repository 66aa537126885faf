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

    /** What a status change asks for. */
    public enum Transition {
        SUSPEND, REINSTATE, REVOKE
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
        provinces.get(licence.province());
        policy.mayAdministerLicences(actor, licence.province());
        licence.minerals().forEach(m -> catalogue.mineral(m.mineral()));
        if (!parties.exists(licence.holder())) {
            throw Rejection.invalid("unknown-party", "No party " + licence.holder() + " is registered to hold this licence");
        }
        licences.lockForGrant();
        if (licences.find(licence.number()).isPresent()) {
            throw Rejection.conflict("licence-exists", "Licence " + licence.number() + " is already registered");
        }
        List<String> minerals = licence.minerals().stream().map(MineralCapacity::mineral).toList();
        new LicenceAreaPolicy(provinces).check(licence, licences.inBox(licence.area().getEnvelopeInternal(), minerals), today());
        licences.insert(licence, now());
        return licence;
    }

    @Transactional
    public Licence change(Actor actor, LicenceNumber number, Transition transition, String note) {
        Licence current = licences.find(number)
                .orElseThrow(() -> Rejection.notFound("unknown-licence", "No licence " + number + " is registered"));
        policy.mayAdministerLicences(actor, current.province());
        Licence changed;
        if (transition == Transition.SUSPEND) {
            changed = current.suspend(note, today());
        } else if (transition == Transition.REINSTATE) {
            changed = current.reinstate(note, today());
        } else {
            changed = current.revoke(note, today());
        }
        licences.updateStatus(changed, now());
        return changed;
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

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
