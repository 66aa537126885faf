package org.mizan.fiscal.disclosure;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.mizan.fiscal.revenue.FiscalYear;

/**
 * A fiscal year's disclosure in the shape of the EITI Summary Data Template v2: about the report, the reporting
 * entities and the government revenues, with the total in US dollars when every row converts.
 */
public record SummaryData(String country, FiscalYear fiscalYear, Currency currency, Optional<BigDecimal> perUsd,
        List<Entity> agencies, List<Entity> companies, List<Project> projects, List<SummaryRow> rows,
        Optional<BigDecimal> totalUsd) {

    /** A government agency or a company as the registry names it. */
    public record Entity(String id, String name) {
    }

    /** A project: a licence, its holder and province. */
    public record Project(String licence, String company, String province) {
    }

    public SummaryData {
        agencies = List.copyOf(agencies);
        companies = List.copyOf(companies);
        projects = List.copyOf(projects);
        rows = List.copyOf(rows);
    }
}
