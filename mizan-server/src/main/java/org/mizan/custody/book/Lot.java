package org.mizan.custody.book;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.LotAdjusted;
import org.mizan.custody.LotAssayed;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotLost;
import org.mizan.custody.LotReceived;
import org.mizan.custody.LotTransferred;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.OutputRole;
import org.mizan.custody.ProcessOutput;

/**
 * A quantity of one material in one form at one place. Immutable to everyone outside this package:
 * each guarded transition checks its rules and returns a new {@code Lot}, so a rejected event leaves
 * the old one untouched. Fields are assigned only on a fresh copy before it escapes.
 *
 * <p>{@code grossMass} is the mass at creation; {@code availableMass} is what is left to move or consume.
 * {@code site} is the last site the lot was at, the dispatch site while in transit, the port once exported.
 */
public final class Lot {

    private final LotId id;
    private final String material;
    private final MaterialForm form;
    private final Mass grossMass;
    private final OriginVector origin;
    private final OutputRole role;
    private Grades grades;
    private SiteId site;
    private PartyId custodian;
    private PartyId owner;
    private LotStatus status;
    private Mass availableMass;
    private Transit transit;
    private OffsetDateTime lastEventTime;

    private Lot(LotId id, String material, MaterialForm form, Mass grossMass, OriginVector origin, OutputRole role) {
        this.id = id;
        this.material = material;
        this.form = form;
        this.grossMass = grossMass;
        this.origin = origin;
        this.role = role;
    }

    static Lot extracted(LotExtracted event, OriginVector origin) {
        Lot lot = new Lot(event.lot(), event.material(), event.form(), event.mass(), origin, OutputRole.PRODUCT);
        lot.open(event.site(), event.actor(), event.actor(), event.grades(), event.time());
        return lot;
    }

    /** A lot as the store last wrote it; only the store calls this. */
    public static Lot restore(LotId id, String material, MaterialForm form, OutputRole role, Mass grossMass, OriginVector origin,
            Grades grades, SiteId site, PartyId custodian, PartyId owner, LotStatus status, Mass availableMass, Transit transit,
            OffsetDateTime lastEventTime) {
        Lot lot = new Lot(id, material, form, grossMass, origin, role);
        lot.open(site, custodian, owner, grades, lastEventTime);
        lot.status = status;
        lot.availableMass = availableMass;
        lot.transit = transit;
        return lot;
    }

    static Lot produced(LotsProcessed event, ProcessOutput output, PartyId owner, OriginVector origin) {
        Lot lot = new Lot(output.lot(), output.material(), output.form(), output.mass(), origin, output.role());
        lot.open(event.site(), event.actor(), owner, output.grades(), event.time());
        return lot;
    }

    private void open(SiteId site, PartyId custodian, PartyId owner, Grades grades, OffsetDateTime time) {
        this.site = site;
        this.custodian = custodian;
        this.owner = owner;
        this.grades = grades;
        this.status = LotStatus.AT_SITE;
        this.availableMass = grossMass;
        this.lastEventTime = time;
    }

    Lot dispatched(LotDispatched event) {
        requireMovableBy(event.actor(), event.from(), event.time());
        Lot next = copyAt(event.time());
        next.status = LotStatus.IN_TRANSIT;
        next.transit = new Transit(event.from(), event.to(), event.permit(), availableMass, event.time(),
                event.scaleResolution());
        return next;
    }

    /** What a partial dispatch leaves: this lot with less at its site, and the part on the road as a new lot. */
    record Split(Lot kept, Lot leaving) {
    }

    /**
     * A partial dispatch: the part leaves as a new lot in transit, with this lot's material, form, origin, grades,
     * custodian and owner; this lot keeps the rest where it is. The part must leave something behind: all of
     * it is a dispatch of the lot itself, so that one trip is never recorded in two shapes.
     */
    Split split(LotDispatched event, LotDispatched.Part part) {
        requireMovableBy(event.actor(), event.from(), event.time());
        requireAvailable(part.mass());
        if (!part.mass().isLessThan(availableMass)) {
            throw violation(CustodyRule.PART_IS_WHOLE, "has " + availableMass + " available, all of which the dispatch of "
                    + part.newLot() + " would move: dispatch lot " + id + " itself, without newLot and massKg");
        }
        Lot leaving = new Lot(part.newLot(), material, form, part.mass(), origin, role);
        leaving.open(site, custodian, owner, grades, event.time());
        leaving.status = LotStatus.IN_TRANSIT;
        leaving.transit = new Transit(event.from(), event.to(), event.permit(), part.mass(), event.time(), event.scaleResolution());
        return new Split(withLess(part.mass(), status, event.time()), leaving);
    }

    /** Receipt hands custody to the receiving site's operator; the weighed mass replaces the dispatched one. */
    Lot received(LotReceived event, PartyId siteOperator) {
        requireNotClosed();
        if (status != LotStatus.IN_TRANSIT) {
            throw violation(CustodyRule.NOT_IN_TRANSIT, "is at " + site + ", not in transit");
        }
        if (!transit.to().equals(event.site())) {
            throw violation(CustodyRule.NOT_AT_DESTINATION, "is bound for " + transit.to() + ", not " + event.site());
        }
        requireNotBefore(event.time());
        Lot next = copyAt(event.time());
        next.status = event.mass().isZero() ? LotStatus.LOST : LotStatus.AT_SITE;
        next.site = event.site();
        next.custodian = siteOperator;
        next.availableMass = event.mass();
        next.transit = null;
        return next;
    }

    Lot consumed(PartyId actor, SiteId at, Mass mass, OffsetDateTime time) {
        requireMovableBy(actor, at, time);
        requireAvailable(mass);
        return withLess(mass, LotStatus.CONSUMED, time);
    }

    Lot writtenOff(LotLost event) {
        requireMovableBy(event.actor(), site, event.time());
        requireAvailable(event.mass());
        return withLess(event.mass(), LotStatus.LOST, event.time());
    }

    /**
     * Moisture driven off or a sample taken, at the lot's site by its custodian: part of what is left, never all of it
     * (an adjustment that removed everything would be a loss). The grades after are computed from this lot once the
     * lot may be adjusted, so a stranger's request is refused for who sent it, not for its figures.
     */
    Lot adjusted(LotAdjusted event, Function<Lot, Grades> regrade) {
        requireMovableBy(event.actor(), site, event.time());
        requireAvailable(event.mass());
        if (!event.mass().isLessThan(availableMass)) {
            throw violation(CustodyRule.ADJUSTMENT_IS_WHOLE, "has " + availableMass + " available, all of which the "
                    + event.kind().code() + " adjustment would remove: a lot that is gone is written off as lost");
        }
        Lot next = withLess(event.mass(), status, event.time());
        next.grades = regrade.apply(this);
        return next;
    }

    /** Tailings and slag are discarded, not sold: a consignment exports products and declared by-products only. */
    Lot exported(ConsignmentExported event) {
        requireMovableBy(event.actor(), event.port(), event.time());
        if (role.isWaste()) {
            throw violation(CustodyRule.WASTE_NOT_EXPORTABLE, "is " + role.code() + ", which is not exported; a saleable residue is a "
                    + OutputRole.BY_PRODUCT.code() + " output");
        }
        Lot next = copyAt(event.time());
        next.status = LotStatus.EXPORTED;
        next.availableMass = Mass.ZERO;
        next.owner = event.buyer();
        return next;
    }

    /**
     * A sale without movement: the owner passes title to another party, at rest or on the road; custody, site and mass
     * stay. Only an open lot is sold, so a lot that is gone cannot be sold twice.
     */
    Lot transferred(LotTransferred event) {
        requireNotClosed();
        if (!owner.equals(event.actor())) {
            throw violation(CustodyRule.NOT_OWNER, "is owned by " + owner + ", not " + event.actor());
        }
        if (owner.equals(event.buyer())) {
            throw violation(CustodyRule.BUYER_IS_OWNER, "is already owned by " + owner);
        }
        requireNotBefore(event.time());
        Lot next = copyAt(event.time());
        next.owner = event.buyer();
        return next;
    }

    /**
     * An assay moves nothing, so it is accepted in any status; only time order applies. It updates the
     * elements it reports and keeps the others ({@link Grades#updatedBy}).
     */
    Lot assayed(LotAssayed event, Grades updated) {
        requireNotBefore(event.time());
        Lot next = copyAt(event.time());
        next.grades = updated;
        return next;
    }

    // Check order fixes which code a request breaking several rules gets: closed, transit, custodian, place, time.
    private void requireMovableBy(PartyId actor, SiteId at, OffsetDateTime time) {
        requireNotClosed();
        if (status == LotStatus.IN_TRANSIT) {
            throw violation(CustodyRule.IN_TRANSIT, "is in transit from " + transit.from() + " to " + transit.to());
        }
        if (!custodian.equals(actor)) {
            throw violation(CustodyRule.NOT_CUSTODIAN, "is in the custody of " + custodian + ", not " + actor);
        }
        if (!site.equals(at)) {
            throw violation(CustodyRule.NOT_AT_SITE, "is at " + site + ", not " + at);
        }
        requireNotBefore(time);
    }

    private void requireNotClosed() {
        if (status.isClosed()) {
            throw violation(CustodyRule.LOT_CLOSED, "is " + status + " and cannot move");
        }
    }

    private void requireNotBefore(OffsetDateTime time) {
        if (time.isBefore(lastEventTime)) {
            throw violation(CustodyRule.TIME_BACKWARDS, "last changed at " + lastEventTime + ", event dated " + time);
        }
    }

    private void requireAvailable(Mass mass) {
        if (mass.isGreaterThan(availableMass)) {
            throw violation(CustodyRule.MASS_NEGATIVE, "has " + availableMass + " available, asked for " + mass);
        }
    }

    private Lot withLess(Mass mass, LotStatus whenEmpty, OffsetDateTime time) {
        Lot next = copyAt(time);
        next.availableMass = availableMass.minus(mass);
        next.status = next.availableMass.isZero() ? whenEmpty : status;
        return next;
    }

    private Lot copyAt(OffsetDateTime time) {
        Lot next = new Lot(id, material, form, grossMass, origin, role);
        next.open(site, custodian, owner, grades, time);
        next.status = status;
        next.availableMass = availableMass;
        next.transit = transit;
        return next;
    }

    private CustodyViolation violation(CustodyRule rule, String why) {
        return new CustodyViolation(rule, "lot " + id + " " + why);
    }

    public LotId id() { return id; }

    public String material() { return material; }

    public MaterialForm form() { return form; }

    /** The lot's role as a process output; extracted lots are products. */
    public OutputRole role() { return role; }

    public Mass grossMass() { return grossMass; }

    public Grades grades() { return grades; }

    public SiteId site() { return site; }

    public PartyId custodian() { return custodian; }

    public PartyId owner() { return owner; }

    public LotStatus status() { return status; }

    public Mass availableMass() { return availableMass; }

    public Optional<SiteId> destination() { return transit().map(Transit::to); }

    public Optional<Transit> transit() { return Optional.ofNullable(transit); }

    public OffsetDateTime lastEventTime() { return lastEventTime; }

    public OriginVector origin() { return origin; }

    @Override
    public String toString() {
        return "Lot[" + id + " " + material + " " + form + " " + status + " at " + site
                + ", " + availableMass + " of " + grossMass + ", custodian " + custodian + "]";
    }
}
