package org.mizan.fiscal.revenue;

import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;

/** Which payments or receipts to list: any of a licence, a company and a fiscal year, at most {@code limit} (a page of the API holds at most {@link #MAX}). */
public record RevenueQuery(Optional<LicenceNumber> licence, Optional<PartyId> company, Optional<FiscalYear> fiscalYear, int limit) {

    public static final int MAX = 1000;

    public RevenueQuery {
        licence = licence == null ? Optional.empty() : licence;
        company = company == null ? Optional.empty() : company;
        fiscalYear = fiscalYear == null ? Optional.empty() : fiscalYear;
        if (limit < 1) {
            throw org.mizan.kernel.Rejection.invalid("invalid-limit", "limit must be between 1 and " + MAX);
        }
    }

    public static RevenueQuery year(FiscalYear year) {
        return new RevenueQuery(Optional.empty(), Optional.empty(), Optional.of(year), Integer.MAX_VALUE);
    }

    String where() {
        return " where (cast(? as text) is null or licence = ?) and (cast(? as text) is null or company = ?)"
                + " and (cast(? as text) is null or fiscal_year = ?)";
    }

    Object[] params() {
        String l = licence.map(LicenceNumber::value).orElse(null);
        String c = company.map(PartyId::value).orElse(null);
        String y = fiscalYear.map(FiscalYear::name).orElse(null);
        return new Object[] {l, l, c, c, y, y};
    }
}
