package org.mizan.log.passport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The passport as the disclosed events and the registry facts say it must read: general information from
 * the export event, lines and totals from the replay, origin by licence, district and province, the
 * chain, and the format's fixed texts. Alerts and publication are oversight's and the node's statements;
 * only their status line and coverage sentence are derived here.
 */
final class ExpectedPassport {

    private final Expected out = new Expected();
    private final ChainReplay.Result replay;
    private final RegistryFacts facts;

    private ExpectedPassport(ChainReplay.Result replay, RegistryFacts facts) {
        this.replay = replay;
        this.facts = facts;
    }

    static Expected of(Passport passport, ChainReplay.Result replay, RegistryFacts facts, List<DisclosedEvent> events, String log) {
        ExpectedPassport expected = new ExpectedPassport(replay, facts);
        expected.out.put("format", passport.format(), Expected.FORMAT);
        expected.out.put("passportIdentifier", replay.export().get("consignment"), Expected.byEvent(replay.export().get("eventId")));
        expected.general();
        List<String> lines = new java.util.ArrayList<>(new TreeSet<>(replay.exportedGrams().keySet()));
        for (int i = 0; i < lines.size(); i++) {
            expected.line("lines[" + i + "]", lines.get(i));
        }
        expected.totals(lines);
        expected.origin(lines);
        ExpectedChain.of(expected.out, replay, facts, events);
        expected.constants(log);
        ExpectedRoyalties.of(expected.out, passport.royalties(), replay, events);
        expected.alerts(passport.alerts());
        return expected.out;
    }

    static String instant(Object time) {
        return OffsetDateTime.parse((String) time).toInstant().toString();
    }

    private void general() {
        Map<?, ?> e = replay.export();
        String source = Expected.byEvent(e.get("eventId"));
        String actor = Json.text(e, "actor");
        String buyer = Json.text(e, "buyer");
        String port = Json.text(e, "port");
        out.put("generalInformation.consignment", e.get("consignment"), source);
        out.put("generalInformation.exporter.id", actor, source);
        out.put("generalInformation.exporter.name", facts.partyName(actor), Expected.FACTS);
        out.put("generalInformation.buyer.id", buyer, source);
        out.put("generalInformation.buyer.name", facts.partyName(buyer), Expected.FACTS);
        out.put("generalInformation.destinationCountry", e.get("destinationCountry"), source);
        out.put("generalInformation.port.id", port, source);
        out.put("generalInformation.port.name", facts.siteName(port), Expected.FACTS);
        out.put("generalInformation.exportedAt", instant(e.get("time")), source);
        out.figure("generalInformation.declaredValueUsd", new BigDecimal(Json.text(e, "declaredValueUsd")), source);
        out.put("generalInformation.exportEventId", e.get("eventId"), source);
    }

    private void line(String path, String id) {
        ChainLot lot = replay.lots().get(id);
        long grams = replay.exportedGrams().get(id);
        out.put(path + ".lot", id, Expected.EVENTS);
        out.put(path + ".material", lot.material(), Expected.EVENTS);
        out.put(path + ".materialName", facts.material(lot.material()).map(RegistryFacts.Material::name).orElse(lot.material()),
                Expected.FACTS);
        out.put(path + ".form", lot.form(), Expected.EVENTS);
        ValueChainStage stage = ValueChainStage.of(lot.form());
        out.put(path + ".valueChainStage.step", stage.step(), Expected.FORMAT);
        out.put(path + ".valueChainStage.description", stage.description(), Expected.FORMAT);
        facts.material(lot.material()).ifPresent(m -> out.put(path + ".valueChainStage.stageOnLadder", m.stage(), Expected.FACTS));
        out.figure(path + ".netMassKg", kilograms(grams), Expected.EVENTS);
        figures(path + ".containedKg", kilogramsOf(ChainLot.contained(lot.grades(), grams)), Expected.EVENTS);
        figures(path + ".purity.grades", lot.grades(), Expected.EVENTS);
        ExpectedChain.assays(out, path + ".purity.assays", id, replay, facts);
        figures(path + ".origin", lot.origin(), Expected.EVENTS);
    }

    private void totals(List<String> lines) {
        long total = 0;
        Map<String, Long> contained = new TreeMap<>();
        TreeSet<String> forms = new TreeSet<>();
        for (String id : lines) {
            long grams = replay.exportedGrams().get(id);
            total += grams;
            ChainLot.contained(replay.lots().get(id).grades(), grams).forEach((el, g) -> contained.merge(el, g, Long::sum));
            forms.add(replay.lots().get(id).form());
        }
        out.figure("totals.netMassKg", kilograms(total), Expected.EVENTS);
        figures("totals.containedKg", kilogramsOf(contained), Expected.EVENTS);
        int i = 0;
        for (String form : forms) {
            out.put("totals.forms[" + i++ + "]", form, Expected.EVENTS);
        }
    }

    /**
     * The consignment's origin: lines weighted by net mass, licence shares rounded once (12 decimals,
     * remainder on the largest); a district's or province's share is the sum of its rounded licence
     * shares, so the three breakdowns add up to each other exactly.
     */
    private void origin(List<String> lines) {
        long total = 0;
        Map<String, BigDecimal> weighted = new TreeMap<>();
        for (String id : lines) {
            long grams = replay.exportedGrams().get(id);
            total += grams;
            replay.lots().get(id).origin().forEach((key, share) -> weighted.merge(key, share.multiply(BigDecimal.valueOf(grams)),
                    BigDecimal::add));
        }
        Map<String, BigDecimal> byLicence = shares(weighted, BigDecimal.valueOf(Math.max(total, 1)));
        Map<String, BigDecimal> byDistrict = new TreeMap<>();
        Map<String, BigDecimal> byProvince = new TreeMap<>();
        byLicence.forEach((key, share) -> {
            boolean none = OriginMix.UNATTRIBUTED.equals(key);
            RegistryFacts.Place place = none ? new RegistryFacts.Place(key, key) : facts.place(key);
            byDistrict.merge(place.district(), share, BigDecimal::add);
            byProvince.merge(place.province(), share, BigDecimal::add);
        });
        out.put("origin.method", PassportFormat.ORIGIN_METHOD, Expected.FORMAT);
        figures("origin.byLicence", byLicence, Expected.EVENTS);
        figures("origin.byDistrict", byDistrict, Expected.EVENTS);
        figures("origin.byProvince", byProvince, Expected.EVENTS);
        out.figure("origin.unattributedShare", byLicence.getOrDefault(OriginMix.UNATTRIBUTED, BigDecimal.ZERO), Expected.EVENTS);
    }

    /** Consignment shares at 12 decimals summing to exactly 1, the remainder on the largest (ties to the first key). */
    static Map<String, BigDecimal> shares(Map<String, BigDecimal> weighted, BigDecimal total) {
        Map<String, BigDecimal> shares = new TreeMap<>();
        weighted.forEach((key, weight) -> shares.put(key, weight.divide(total, OriginMix.SCALE, RoundingMode.HALF_EVEN)));
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!shares.isEmpty() && sum.signum() > 0) {
            String largest = shares.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            shares.put(largest, shares.get(largest).add(BigDecimal.ONE.subtract(sum)));
        }
        return shares;
    }

    private void constants(String log) {
        PassportFormat.notAssessed().forEach((section, note) -> {
            out.put(section + ".status", PassportFormat.NOT_ASSESSED, Expected.FORMAT);
            out.put(section + ".note", note, Expected.FORMAT);
        });
        if (PassportFormat.V2.equals(out.fields().get("format").value())) {
            PassportFormat.declarations(log).forEach((field, by) -> out.put(Leaves.key("declared", field), by, Expected.FORMAT));
        }
    }

    /** The alerts are declared; their status line counts them and their coverage sentence reads their progress. */
    private void alerts(PassportAlerts alerts) {
        if (alerts == null) {
            return;
        }
        int listed = (alerts.open() == null ? 0 : alerts.open().size()) + (alerts.resolved() == null ? 0 : alerts.resolved().size());
        out.put("alerts.status", PassportFormat.alertStatus(listed), "alerts.open and alerts.resolved give");
        PassportAlerts.Progress p = alerts.progress();
        if (p != null && p.evaluatedThrough() != null && p.committedThrough() != null && p.setAside() != null) {
            out.put("alerts.coverage", PassportFormat.alertCoverage(p.evaluatedThrough(), p.committedThrough(), p.setAside()),
                    "alerts.progress gives");
        }
    }

    private void figures(String path, Map<String, ? extends Object> values, String source) {
        if (values.isEmpty()) {
            out.empty(path, false);
        }
        values.forEach((key, value) -> out.figure(Leaves.key(path, key), value instanceof BigDecimal d ? d : new BigDecimal(value.toString()),
                source));
    }

    private static Map<String, BigDecimal> kilogramsOf(Map<String, Long> grams) {
        Map<String, BigDecimal> out = new TreeMap<>();
        grams.forEach((el, g) -> out.put(el, kilograms(g)));
        return out;
    }

    private static BigDecimal kilograms(long grams) {
        return BigDecimal.valueOf(grams, 3);
    }
}
