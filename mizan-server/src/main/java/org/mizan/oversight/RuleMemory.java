package org.mizan.oversight;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the rules remember between events, written in the evaluating transaction: each lot's material
 * and producing site, yearly extraction per licence and mineral, grade history per site, permit use,
 * each route's trips for the loss pattern, each plant's runs for the balance pattern, each extracted lot's
 * declared grades with their first assay, and where each extraction under a licence was tagged.
 */
@Repository
class RuleMemory {

    /** A lot's material and the site that produced it. */
    record LotOrigin(String material, SiteId site) {
    }

    private static final int GRADE_HISTORY = 200;

    private final JdbcClient jdbc;

    RuleMemory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void rememberLot(LotId lot, String material, SiteId site) {
        jdbc.sql("insert into oversight_lot (lot_id, material, site) values (?, ?, ?) on conflict do nothing")
                .params(lot.value(), material, site.value()).update();
    }

    Optional<LotOrigin> lot(LotId lot) {
        return jdbc.sql("select material, site from oversight_lot where lot_id = ?").param(lot.value())
                .query((rs, i) -> new LotOrigin(rs.getString(1), new SiteId(rs.getString(2)))).optional();
    }

    /** Adds an extraction to its licence's year and returns the total before it. */
    Mass addExtraction(LicenceNumber licence, String mineral, int year, Mass mass) {
        long before = jdbc.sql("select coalesce((select grams from oversight_extraction where licence = ? and mineral = ? and year = ?), 0)")
                .params(licence.value(), mineral, year).query(Long.class).single();
        jdbc.sql("""
                insert into oversight_extraction (licence, mineral, year, grams) values (?, ?, ?, ?)
                on conflict (licence, mineral, year) do update set grams = oversight_extraction.grams + excluded.grams""")
                .params(licence.value(), mineral, year, mass.grams()).update();
        return Mass.ofGrams(before);
    }

    /** The latest grades before this one, most recent first. */
    List<BigDecimal> grades(SiteId site, String material, ElementSymbol element, boolean assayed) {
        return jdbc.sql("""
                select fraction from oversight_grade where site = ? and material = ? and element = ? and assayed = ?
                order by seq desc limit ?""").params(site.value(), material, element.value(), assayed, GRADE_HISTORY)
                .query(BigDecimal.class).list();
    }

    /** Adds a grade to the site's history; a zero, "measured absent", has no logarithm and the outlier rule never sees it. */
    void addGrade(SiteId site, String material, ElementSymbol element, long seq, BigDecimal fraction, boolean assayed) {
        if (fraction.signum() == 0) {
            return;
        }
        jdbc.sql("""
                insert into oversight_grade (site, material, element, seq, fraction, assayed) values (?, ?, ?, ?, ?, ?)
                on conflict do nothing""").params(site.value(), material, element.value(), seq, fraction, assayed).update();
    }

    /** Remembers the grades an extraction declared, each element with the mine and its operator; evaluating it again adds nothing. */
    void declareGrades(LotId lot, SiteId site, PartyId operator, String extractionEventId, Grades grades) {
        grades.fractions().forEach((element, grade) -> jdbc.sql("""
                insert into oversight_declared_grade (lot_id, element, site, operator, extraction_event_id, declared)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(lot.value(), element.value(), site.value(), operator.value(), extractionEventId, grade.fraction()).update());
    }

    /**
     * Puts a dried lot's declared grades not yet paired with an assay on the dry basis its later assay measures, so
     * that drying, which raises every grade, reads as no under-declaration; evaluating it again changes nothing.
     */
    void dryDeclaredGrades(LotId lot, Grades dried) {
        dried.fractions().forEach((element, grade) -> jdbc.sql("""
                update oversight_declared_grade set declared = ? where lot_id = ? and element = ? and assay_event_id is null""")
                .params(grade.fraction(), lot.value(), element.value()).update());
    }

    /**
     * Pairs an assay with the lot's declared grade of the element, if the lot declared one and no earlier assay
     * was paired with it (a lot counts once; the same assay evaluated again pairs again), and returns who declared it.
     */
    Optional<DeclaringSite> pairAssay(LotId lot, ElementSymbol element, String assayEventId, long seq, BigDecimal assayed) {
        return jdbc.sql("""
                update oversight_declared_grade set assay_event_id = ?, assay_seq = ?, assayed = ?
                where lot_id = ? and element = ? and (assay_event_id is null or assay_event_id = ?) returning site, operator""")
                .params(assayEventId, seq, assayed, lot.value(), element.value(), assayEventId)
                .query((rs, i) -> new DeclaringSite(new SiteId(rs.getString(1)), new PartyId(rs.getString(2)), element)).optional();
    }

    /** The site's latest assayed declarations of the element up to the stream position {@code seq}, at most {@code limit}, most recent first. */
    List<GradePair> gradePairs(DeclaringSite site, long seq, int limit) {
        return jdbc.sql("""
                select lot_id, extraction_event_id, assay_event_id, declared, assayed from oversight_declared_grade
                where site = ? and element = ? and assay_seq is not null and assay_seq <= ?
                order by assay_seq desc, lot_id desc limit ?""")
                .params(site.site().value(), site.element().value(), seq, limit)
                .query((rs, i) -> new GradePair(new LotId(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5))).list();
    }

    /**
     * The trips under the dispatch's permit number that a permit rule can cite, at most four however often the number
     * was used: the dispatch's own if it is judged again, the first other trip still under way when it left, the
     * number's first other trip, and its first other trip stated to be single-use.
     */
    List<PermitPolicy.Use> permitUses(Dispatch d) {
        String use = "select lot_id, event_id, dispatched_at, coalesce(received_at, valid_until), vehicle, single_use"
                + " from oversight_trip where permit = :permit";
        String other = use + " and event_id <> :event";
        String first = " order by dispatched_at, event_id limit 1";
        return jdbc.sql("(" + use + " and event_id = :event)"
                        + " union (" + other + " and lower(lot_id) <> lower(:lot) and coalesce(received_at, valid_until) > :time" + first + ")"
                        + " union (" + other + first + ") union (" + other + " and single_use" + first + ")")
                .param("permit", d.number()).param("event", d.eventId()).param("lot", d.lot().value()).param("time", utc(d.time()))
                .query((rs, i) -> new PermitPolicy.Use(new LotId(rs.getString(1)), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getBoolean(6))).list();
    }

    void addTrip(Dispatch d) {
        jdbc.sql("""
                insert into oversight_trip (permit, lot_id, event_id, dispatched_at, valid_until, vehicle, single_use)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(d.number(), d.lot().value(), d.eventId(), utc(d.time()), utc(d.validUntil()), d.permit().vehicle(),
                        d.permit().forOneTrip()).update();
    }

    /** Closes the lot's open trip and returns the event id of its dispatch. */
    Optional<String> closeTrip(LotId lot, OffsetDateTime receivedAt) {
        return jdbc.sql("""
                update oversight_trip set received_at = ? where lot_id = ? and received_at is null returning event_id""")
                .params(utc(receivedAt), lot.value()).query(String.class).optional();
    }

    /** Remembers a completed trip on its route; evaluating the same receipt again remembers nothing more. */
    void addRouteTrip(Route route, RouteTrip trip) {
        jdbc.sql("""
                insert into oversight_route_trip (receipt_event_id, operator, from_site, to_site, received_at, dispatched_g, received_g, short_g)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(trip.receiptEventId(), route.operator().value(), route.from().value(), route.to().value(), utc(trip.receivedAt()),
                        trip.dispatchedGrams(), trip.receivedGrams(), trip.shortGrams()).update();
    }

    /** The route's latest trips received in the window ending at {@code until}, at most {@code limit}, most recent first. */
    List<RouteTrip> routeTrips(Route route, OffsetDateTime until, Duration window, int limit) {
        return jdbc.sql("""
                select receipt_event_id, received_at, dispatched_g, received_g, short_g from oversight_route_trip
                where operator = ? and from_site = ? and to_site = ? and received_at <= ? and received_at > ?
                order by received_at desc, receipt_event_id desc limit ?""")
                .params(route.operator().value(), route.from().value(), route.to().value(), utc(until), utc(until.minus(window)), limit)
                .query((rs, i) -> new RouteTrip(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5))).list();
    }

    /** Remembers a run's contained element in and out; evaluating the same run again remembers nothing more. */
    void addPlantRun(SiteId site, ElementSymbol element, PlantRun run) {
        jdbc.sql("insert into oversight_plant_run (event_id, element, site, run_at, input_g, output_g) values (?, ?, ?, ?, ?, ?)"
                + " on conflict do nothing").params(run.eventId(), element.value(), site.value(), utc(run.at()), run.inputGrams(),
                run.outputGrams()).update();
    }

    /** The plant's latest runs of the element in the window ending at {@code until}, at most {@code limit}, most recent first. */
    List<PlantRun> plantRuns(SiteId site, ElementSymbol element, OffsetDateTime until, Duration window, int limit) {
        return jdbc.sql("select event_id, run_at, input_g, output_g from oversight_plant_run"
                + " where site = ? and element = ? and run_at <= ? and run_at > ? order by run_at desc, event_id desc limit ?")
                .params(site.value(), element.value(), utc(until), utc(until.minus(window)), limit)
                .query((rs, i) -> new PlantRun(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getLong(3), rs.getLong(4))).list();
    }

    /** Remembers where an extraction under a licence was tagged; evaluating it again remembers nothing more. */
    void addExtractionPoint(PartyId holder, LicenceHoppingPolicy.Point point) {
        jdbc.sql("insert into oversight_extraction_point (event_id, holder, licence, lat, lon, extracted_at) values (?, ?, ?, ?, ?, ?)"
                + " on conflict do nothing").params(point.eventId(), holder.value(), point.licence().value(), point.lat(), point.lon(),
                utc(point.at())).update();
    }

    /**
     * The holder's points under the {@code siblings} (its other licences) within {@code metres} (a box around the point,
     * refined by the rule) tagged in the window ending at {@code until}, at most 20, most recent first. One index range per
     * sibling: asking for "any licence but this one" would read every point of this licence in the band, on every
     * extraction, so a busy pit would cost its licence a scan that grows with each lot.
     */
    List<LicenceHoppingPolicy.Point> extractionPointsNear(PartyId holder, List<LicenceNumber> siblings, double lat, double lon, double metres,
            OffsetDateTime until, Duration window) {
        double dLat = metres / (Math.PI / 180 * Distances.EARTH_RADIUS_KM * 1000) * 1.01;
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
        List<LicenceHoppingPolicy.Point> near = new ArrayList<>();
        for (LicenceNumber sibling : siblings) {
            near.addAll(jdbc.sql("select event_id, licence, lat, lon, extracted_at from oversight_extraction_point"
                    + " where holder = ? and licence = ? and lat between ? and ? and lon between ? and ? and extracted_at <= ?"
                    + " and extracted_at > ? order by extracted_at desc, event_id desc limit 20")
                    .params(holder.value(), sibling.value(), lat - dLat, lat + dLat, lon - dLon, lon + dLon, utc(until), utc(until.minus(window)))
                    .query((rs, i) -> new LicenceHoppingPolicy.Point(rs.getString(1), new LicenceNumber(rs.getString(2)), rs.getDouble(3),
                            rs.getDouble(4), rs.getObject(5, OffsetDateTime.class))).list());
        }
        near.sort(Comparator.comparing(LicenceHoppingPolicy.Point::at).thenComparing(LicenceHoppingPolicy.Point::eventId).reversed());
        return near.size() > 20 ? List.copyOf(near.subList(0, 20)) : near;
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
