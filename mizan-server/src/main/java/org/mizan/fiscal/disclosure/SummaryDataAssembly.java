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
import org.mizan.fiscal.revenue.RevenueGroup;
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
        // Summed in the database, so a year of a million receipts is a few thousand groups here; ordered as before.
        Map<String, RevenueGroup> groups = new TreeMap<>();
        for (RevenueGroup g : book.receiptGroups(query)) {
            groups.put(g.gfs().code() + "|" + g.government() + "|" + key(g.gfs().code(), g.company(), g.licence().value(),
                    g.total().currency()), g);
        }
        List<SummaryRow> rows = new ArrayList<>();
        Set<String> agencies = new TreeSet<>();
        Set<String> companies = new TreeSet<>();
        Map<String, SummaryData.Project> projects = new TreeMap<>();
        for (RevenueGroup g : groups.values()) {
            boolean reconciled = !material.contains(key(g.gfs().code(), g.company(), g.licence().value(), g.total().currency()));
            rows.add(new SummaryRow(gfs.levels(g.gfs()), g.gfs().name(), name(g.government()), name(g.company()), g.licence().value(),
                    g.total(), reconciled ? SummaryRow.RECONCILED : SummaryRow.NOT_RECONCILED, g.entries()));
            agencies.add(g.government().value());
            companies.add(g.company().value());
            projects.computeIfAbsent(g.licence().value(), l -> new SummaryData.Project(l, g.company().value(),
                    registry.licence(g.licence()).map(x -> x.province().value()).orElse("")));
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
        // Rounded before it is money: a quotient to 34 digits is more than an amount may carry.
        return Optional.of(total.setScale(2, java.math.RoundingMode.HALF_EVEN));
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
