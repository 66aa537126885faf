package org.mizan.fiscal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mizan.fiscal.RevenueFigures.Assessment;
import org.mizan.fiscal.RevenueFigures.Line;
import org.mizan.fiscal.RevenueFigures.Project;
import org.mizan.fiscal.revenue.FiscalYear;
import org.mizan.fiscal.revenue.ReceiptRecorded;
import org.mizan.fiscal.revenue.ReconciliationLine;
import org.mizan.fiscal.revenue.RevenueBook;
import org.mizan.fiscal.revenue.RevenueQuery;
import org.mizan.fiscal.royalty.Assessments;
import org.mizan.fiscal.royalty.FiscalYearRoyalties;
import org.mizan.fiscal.royalty.RoyaltyLedger;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Licence;
import org.mizan.registry.Party;
import org.mizan.registry.Registry;
import org.springframework.stereotype.Component;

/** One project's (licence's) fiscal year for the public: its assessments as committed, its reconciliation and its royalties. */
@Component
class ProjectRevenue {

    private static final int PAGE = 1000;

    private final RevenueBook book;
    private final FiscalYearRoyalties royalties;
    private final RoyaltyLedger ledger;
    private final Registry registry;
    private final Clock clock;

    ProjectRevenue(RevenueBook book, FiscalYearRoyalties royalties, RoyaltyLedger ledger, Registry registry, Clock clock) {
        this.book = book;
        this.royalties = royalties;
        this.ledger = ledger;
        this.registry = registry;
        this.clock = clock;
    }

    Project of(LicenceNumber number, Optional<FiscalYear> asked) {
        Licence licence = registry.licence(number)
                .orElseThrow(() -> Rejection.notFound("licence-not-found", "No licence " + number.value() + " is registered"));
        ZoneId zone = registry.provinces().zone();
        List<ReceiptRecorded> allReceipts = book.receipts(new RevenueQuery(Optional.of(number), Optional.empty(), Optional.empty(),
                Integer.MAX_VALUE));
        List<Assessments.Stored> stored = assessments(number);
        Set<FiscalYear> years = new TreeSet<>();
        allReceipts.forEach(r -> years.add(r.fiscalYear()));
        stored.forEach(s -> years.add(FiscalYear.containing(day(s.body(), zone))));
        FiscalYear year = asked.orElseGet(() -> RevenuePages.latest(List.copyOf(years), clock, zone));
        List<ReceiptRecorded> receipts = allReceipts.stream().filter(r -> r.fiscalYear().equals(year)).toList();
        List<Assessment> assessed = stored.stream().filter(s -> year.contains(day(s.body(), zone))).map(s -> assessment(s, zone)).toList();
        List<Line> lines = book.reconciliation(year).stream().filter(l -> l.licence().equals(number)).map(l -> line(l, receipts)).toList();
        return new Project(number.value(), licence.province().value(), holder(number), year, RevenuePages.with(List.copyOf(years), year),
                assessed, lines, RevenuePages.royalties(royalties.totals(Optional.empty(), Optional.of(number.value()), year, zone), receipts));
    }

    String holder(LicenceNumber number) {
        return registry.licence(number).map(l -> name(l.holder())).orElse(number.value());
    }

    private List<Assessments.Stored> assessments(LicenceNumber number) {
        List<Assessments.Stored> all = new ArrayList<>();
        List<Assessments.Stored> page;
        long after = -1;
        do {
            page = ledger.assessments(Optional.of(number.value()), Optional.empty(), after, PAGE);
            all.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1).logIndex();
        } while (page.size() == PAGE);
        return all;
    }

    private Line line(ReconciliationLine l, List<ReceiptRecorded> receipts) {
        List<ReceiptRecorded> own = receipts.stream().filter(r -> r.gfs().equals(l.gfs()) && r.company().equals(l.company())
                && r.amount().currency().equals(l.received().currency())).toList();
        return new Line(l.gfs().code(), l.gfs().name(), name(l.company()), l.declared(), l.paymentEntries(),
                names(own, ReceiptRecorded::government), names(own, ReceiptRecorded::recordedBy), l.received(), l.receiptEntries(),
                l.difference(), l.material());
    }

    private String names(List<ReceiptRecorded> receipts, Function<ReceiptRecorded, PartyId> party) {
        return receipts.stream().map(party).distinct().map(this::name).collect(Collectors.joining(", "));
    }

    private String name(PartyId id) {
        return registry.party(id).map(Party::name).orElse(id.value());
    }

    /** The taxable event's day in the province's calendar as the assessment states it; else the day of its time in the registry's zone. */
    private static LocalDate day(Map<String, Object> body, ZoneId zone) {
        Object day = body.get("day");
        return day instanceof String d ? LocalDate.parse(d)
                : OffsetDateTime.parse((String) body.get("eventAt")).atZoneSameInstant(zone).toLocalDate();
    }

    private static Assessment assessment(Assessments.Stored s, ZoneId zone) {
        Map<String, Object> body = s.body();
        Optional<Map<?, ?>> figures = Optional.ofNullable(body.get("figures") instanceof Map<?, ?> f ? f : null);
        Optional<Map<?, ?>> rate = Optional.ofNullable(body.get("rate") instanceof Map<?, ?> r ? r : null);
        Optional<Map<?, ?>> incentive = Optional.ofNullable(body.get("incentive") instanceof Map<?, ?> i ? i : null);
        boolean illustrative = figures.isPresent() && rate.map(r -> Boolean.TRUE.equals(r.get("illustrative"))).orElse(false);
        return new Assessment(s.id(), s.lot(), s.logIndex(), day(body, zone), String.valueOf(body.get("taxableEvent")), String.valueOf(body.get("massKg")),
                figures.map(f -> money(f, "dueUsd", RevenuePages.USD)), figures.map(f -> money(f, "duePkr", RevenuePages.PKR)),
                figures.map(f -> money(f, "forgoneUsd", RevenuePages.USD)),
                Optional.ofNullable(body.get("reason") instanceof String r ? r : null),
                illustrative, rate.map(r -> Long.parseLong(String.valueOf(r.get("logIndex")))),
                incentive.map(i -> Long.parseLong(String.valueOf(i.get("logIndex")))));
    }

    private static Money money(Map<?, ?> figures, String key, java.util.Currency currency) {
        return new Money(new BigDecimal(String.valueOf(figures.get(key))), currency);
    }
}
