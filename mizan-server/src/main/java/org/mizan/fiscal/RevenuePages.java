package org.mizan.fiscal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mizan.fiscal.RevenueFigures.Overview;
import org.mizan.fiscal.RevenueFigures.Project;
import org.mizan.fiscal.RevenueFigures.ProjectTotal;
import org.mizan.fiscal.RevenueFigures.Province;
import org.mizan.fiscal.RevenueFigures.Royalties;
import org.mizan.fiscal.RevenueFigures.Stream;
import org.mizan.fiscal.revenue.FiscalYear;
import org.mizan.fiscal.revenue.ReceiptRecorded;
import org.mizan.fiscal.revenue.RevenueBook;
import org.mizan.fiscal.revenue.RevenueQuery;
import org.mizan.fiscal.royalty.Assessments;
import org.mizan.fiscal.royalty.FiscalYearRoyalties;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.ProvinceCode;
import org.mizan.registry.Registry;
import org.springframework.stereotype.Service;

/**
 * The public revenue pages' read of fiscal: per fiscal year and province, what the government received per
 * revenue stream, the royalties assessed beside those received, and the revenue forgone to incentives; per
 * project, its assessments and reconciliation. Everything read here is public: receipts (EITI Requirement 4.7),
 * the reconciliation the disclosure reports, and assessments, whose every input is committed to the log.
 */
@Service
public class RevenuePages {

    static final String ROYALTIES = "1415E1";
    static final Currency PKR = Currency.getInstance("PKR");
    static final Currency USD = Currency.getInstance("USD");

    private final RevenueBook book;
    private final FiscalYearRoyalties royalties;
    private final ProjectRevenue projects;
    private final Registry registry;
    private final Clock clock;

    RevenuePages(RevenueBook book, FiscalYearRoyalties royalties, ProjectRevenue projects, Registry registry, Clock clock) {
        this.book = book;
        this.royalties = royalties;
        this.projects = projects;
        this.registry = registry;
        this.clock = clock;
    }

    /** Every province with receipts or assessments in the year (the latest year with any when none is asked for). */
    public Overview overview(Optional<FiscalYear> asked) {
        List<FiscalYear> years = years();
        FiscalYear year = asked.orElseGet(() -> latest(years));
        List<ReceiptRecorded> receipts = book.receipts(RevenueQuery.year(year));
        List<Assessments.Total> totals = royalties.totals(Optional.empty(), Optional.empty(), year, zone());
        Set<String> provinces = new TreeSet<>();
        receipts.forEach(r -> provinces.add(provinceOf(r.licence())));
        totals.stream().filter(t -> t.province() != null).forEach(t -> provinces.add(t.province()));
        return new Overview(year, with(years, year), provinces.stream().map(p -> province(p, year, receipts, totals)).toList());
    }

    /** One province's year; an unknown province is a 404 problem. */
    public Province province(ProvinceCode code, Optional<FiscalYear> asked) {
        registry.provinces().get(code);
        FiscalYear year = asked.orElseGet(() -> latest(years()));
        return province(code.value(), year, book.receipts(RevenueQuery.year(year)),
                royalties.totals(Optional.of(code.value()), Optional.empty(), year, zone()));
    }

    /** One project's year (the latest of its own years with data when none is asked for); an unknown licence is a 404 problem. */
    public Project project(LicenceNumber licence, Optional<FiscalYear> asked) {
        return projects.of(licence, asked);
    }

    /** The fiscal years with receipts or assessments, oldest first. */
    public List<FiscalYear> years() {
        Set<FiscalYear> years = new TreeSet<>();
        book.receipts(new RevenueQuery(Optional.empty(), Optional.empty(), Optional.empty(), Integer.MAX_VALUE))
                .forEach(r -> years.add(r.fiscalYear()));
        royalties.startYears(zone()).forEach(y -> years.add(new FiscalYear(y)));
        return List.copyOf(years);
    }

    private Province province(String province, FiscalYear year, List<ReceiptRecorded> all, List<Assessments.Total> allTotals) {
        List<ReceiptRecorded> receipts = all.stream().filter(r -> provinceOf(r.licence()).equals(province)).toList();
        List<Assessments.Total> totals = allTotals.stream().filter(t -> province.equals(t.province())).toList();
        Set<String> licences = new TreeSet<>();
        receipts.forEach(r -> licences.add(r.licence().value()));
        totals.stream().filter(t -> t.licence() != null).forEach(t -> licences.add(t.licence()));
        List<ProjectTotal> lines = new ArrayList<>();
        for (String licence : licences) {
            List<ReceiptRecorded> own = receipts.stream().filter(r -> r.licence().value().equals(licence)).toList();
            lines.add(new ProjectTotal(licence, projects.holder(new LicenceNumber(licence)),
                    royalties(totals.stream().filter(t -> licence.equals(t.licence())).toList(), own), sum(own, null)));
        }
        return new Province(province, year, streams(receipts), royalties(totals, receipts), lines);
    }

    /** The receipts summed per GFS code and currency, in code order. */
    static List<Stream> streams(List<ReceiptRecorded> receipts) {
        Map<String, List<ReceiptRecorded>> byCode = new TreeMap<>();
        receipts.forEach(r -> byCode.computeIfAbsent(r.gfs().code() + "|" + r.amount().currency(), k -> new ArrayList<>()).add(r));
        return byCode.values().stream().map(rs -> new Stream(rs.get(0).gfs().code(), rs.get(0).gfs().name(),
                new Money(rs.stream().map(r -> r.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add), rs.get(0).amount().currency()),
                rs.stream().map(ReceiptRecorded::logIndex).toList())).toList();
    }

    static Royalties royalties(List<Assessments.Total> totals, List<ReceiptRecorded> receipts) {
        BigDecimal pkr = BigDecimal.ZERO;
        BigDecimal usd = BigDecimal.ZERO;
        BigDecimal forgone = BigDecimal.ZERO;
        long assessed = 0;
        long not = 0;
        for (Assessments.Total t : totals) {
            pkr = pkr.add(t.duePkr());
            usd = usd.add(t.dueUsd());
            forgone = forgone.add(t.forgoneUsd());
            assessed += t.assessments();
            not += t.notAssessed();
        }
        return new Royalties(new Money(pkr, PKR).rounded(), new Money(usd, USD).rounded(), assessed, not, sum(receipts, ROYALTIES),
                new Money(forgone, USD).rounded());
    }

    /** Rupees received, under one GFS code or (null) under all. */
    static Money sum(List<ReceiptRecorded> receipts, String code) {
        return new Money(receipts.stream().filter(r -> r.amount().currency().equals(PKR) && (code == null || r.gfs().code().equals(code)))
                .map(r -> r.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add), PKR);
    }

    private String provinceOf(LicenceNumber licence) {
        return registry.licence(licence).map(l -> l.province().value()).orElse("unknown");
    }

    /** The latest year with data; with none, the fiscal year of today. */
    private FiscalYear latest(List<FiscalYear> years) {
        return latest(years, clock, zone());
    }

    static FiscalYear latest(List<FiscalYear> years, Clock clock, ZoneId zone) {
        return years.isEmpty() ? FiscalYear.containing(LocalDate.now(clock.withZone(zone))) : years.get(years.size() - 1);
    }

    static List<FiscalYear> with(List<FiscalYear> years, FiscalYear year) {
        Set<FiscalYear> all = new TreeSet<>(years);
        all.add(year);
        return List.copyOf(all);
    }

    ZoneId zone() {
        return registry.provinces().zone();
    }
}
