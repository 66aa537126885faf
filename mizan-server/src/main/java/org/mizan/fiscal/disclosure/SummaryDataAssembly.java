package org.mizan.fiscal.disclosure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.mizan.fiscal.Money;
import org.mizan.fiscal.revenue.FiscalYear;
import org.mizan.fiscal.revenue.GfsCatalogue;
import org.mizan.fiscal.revenue.ReceiptRecorded;
import org.mizan.fiscal.revenue.ReconciliationLine;
import org.mizan.fiscal.revenue.RevenueBook;
import org.mizan.fiscal.revenue.RevenueQuery;
import org.mizan.kernel.PartyId;
import org.mizan.registry.Party;
import org.mizan.registry.Registry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds the disclosure from what the government received (receipts), summed per GFS code, government entity,
 * company, project and currency; a row is reconciled when its reconciliation line shows no material difference.
 */
@Component
public class SummaryDataAssembly {

    private final RevenueBook book;
    private final GfsCatalogue gfs;
    private final Registry registry;
    private final UsdRate rates;
    private final Currency currency;

    SummaryDataAssembly(RevenueBook book, GfsCatalogue gfs, Registry registry, UsdRate rates,
            @Value("${mizan.fiscal.reporting-currency:PKR}") String currency) {
        this.book = book;
        this.gfs = gfs;
        this.registry = registry;
        this.rates = rates;
        this.currency = Money.currency(currency);
    }

    public SummaryData of(FiscalYear year) {
        return of(year, RevenueQuery.year(year));
    }

    /** The rows of the receipts a query selects (one licence, say), within one year's reconciliation. */
    public SummaryData of(FiscalYear year, RevenueQuery query) {
        Set<String> material = book.reconciliation(year).stream().filter(ReconciliationLine::material)
                .map(l -> key(l.gfs().code(), l.company(), l.licence().value(), l.declared().currency())).collect(Collectors.toSet());
        Map<String, List<ReceiptRecorded>> groups = new TreeMap<>();
        for (ReceiptRecorded r : book.receipts(query)) {
            groups.computeIfAbsent(r.gfs().code() + "|" + r.government() + "|" + key(r.gfs().code(), r.company(),
                    r.licence().value(), r.amount().currency()), k -> new ArrayList<>()).add(r);
        }
        List<SummaryRow> rows = new ArrayList<>();
        Set<String> agencies = new TreeSet<>();
        Set<String> companies = new TreeSet<>();
        Map<String, SummaryData.Project> projects = new TreeMap<>();
        for (List<ReceiptRecorded> group : groups.values()) {
            ReceiptRecorded first = group.get(0);
            BigDecimal sum = group.stream().map(r -> r.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean reconciled = !material.contains(key(first.gfs().code(), first.company(), first.licence().value(),
                    first.amount().currency()));
            rows.add(new SummaryRow(gfs.levels(first.gfs()), first.gfs().name(), name(first.government()), name(first.company()),
                    first.licence().value(), new Money(sum, first.amount().currency()),
                    reconciled ? SummaryRow.RECONCILED : SummaryRow.NOT_RECONCILED,
                    group.stream().map(ReceiptRecorded::logIndex).toList()));
            agencies.add(first.government().value());
            companies.add(first.company().value());
            projects.computeIfAbsent(first.licence().value(), l -> new SummaryData.Project(l, first.company().value(),
                    registry.licence(first.licence()).map(x -> x.province().value()).orElse("")));
        }
        return new SummaryData("Pakistan", year, currency, rates.perUsd(currency, year), entities(agencies), entities(companies),
                List.copyOf(projects.values()), rows, totalUsd(year, rows));
    }

    private Optional<BigDecimal> totalUsd(FiscalYear year, List<SummaryRow> rows) {
        BigDecimal total = BigDecimal.ZERO;
        for (SummaryRow row : rows) {
            Optional<BigDecimal> rate = rates.perUsd(row.value().currency(), year);
            if (rate.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(row.value().amount().divide(rate.get(), MathContext.DECIMAL128));
        }
        return Optional.of(new Money(total, Currency.getInstance("USD")).rounded().amount());
    }

    private List<SummaryData.Entity> entities(Set<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, name(new PartyId(id))));
        return out.entrySet().stream().map(e -> new SummaryData.Entity(e.getKey(), e.getValue())).toList();
    }

    private String name(PartyId id) {
        return registry.party(id).map(Party::name).orElse(id.value());
    }

    private static String key(String code, PartyId company, String licence, Currency currency) {
        return code + "|" + company.value() + "|" + licence + "|" + currency.getCurrencyCode();
    }
}
