package org.mizan.fiscal.royalty;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.mizan.fiscal.revenue.FiscalYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Royalties assessed per province and licence over one of Pakistan's fiscal years (1 July to 30 June of the
 * taxable event's day in the registry's zone), and which fiscal years hold any assessment: the public revenue
 * pages read by fiscal year, as the payments and receipts they stand beside do.
 */
@Component
public class FiscalYearRoyalties {

    private final JdbcClient jdbc;
    private final AssessmentWorker worker;
    private final Duration catchUp;

    FiscalYearRoyalties(JdbcClient jdbc, AssessmentWorker worker, @Value("${mizan.fiscal.reader-catch-up:PT2S}") Duration catchUp) {
        this.jdbc = jdbc;
        this.worker = worker;
        this.catchUp = catchUp;
    }

    /** The first calendar year of every fiscal year with an assessment, oldest first. */
    public List<Integer> startYears(ZoneId zone) {
        worker.catchUp(catchUp);
        // A day from July to December lies in the fiscal year it starts; six months back puts January to June there too.
        return jdbc.sql("""
                select distinct cast(extract(year from (event_at at time zone ?) - interval '6 months') as integer) as start_year
                from fiscal_assessment order by start_year""").param(zone.getId()).query(Integer.class).list();
    }

    /** Due and forgone per province and licence for taxable events of the fiscal year, narrowed to a province or licence if given. */
    public List<Assessments.Total> totals(Optional<String> province, Optional<String> licence, FiscalYear year, ZoneId zone) {
        worker.catchUp(catchUp);
        OffsetDateTime from = year.start().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = year.end().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return jdbc.sql("""
                select province, licence, count(*) filter (where assessed) as assessed, count(*) filter (where not assessed) as not_assessed,
                    coalesce(sum(due_usd), 0) as due_usd, coalesce(sum(due_pkr), 0) as due_pkr, coalesce(sum(forgone_usd), 0) as forgone_usd
                from fiscal_assessment
                where (cast(? as text) is null or province = ?) and (cast(? as text) is null or licence = ?) and event_at >= ? and event_at < ?
                group by province, licence order by province nulls last, licence nulls last""")
                .params(province.orElse(null), province.orElse(null), licence.orElse(null), licence.orElse(null), from, to)
                .query((rs, n) -> new Assessments.Total(rs.getString("province"), rs.getString("licence"), rs.getLong("assessed"),
                        rs.getLong("not_assessed"), rs.getBigDecimal("due_usd"), rs.getBigDecimal("due_pkr"), rs.getBigDecimal("forgone_usd")))
                .list();
    }
}
