package org.mizan.fiscal.royalty;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.Rejection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The fiscal incentives, each committed to the log, never edited. */
@Repository
public class IncentiveRows {

    private static final TypeReference<Map<String, Object>> BODY = new TypeReference<>() {
    };

    /** An incentive with the log entry that commits it. */
    public record Committed(IncentiveRow row, long logIndex) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final FiscalLog log;

    IncentiveRows(JdbcClient jdbc, JsonMapper json, FiscalLog log) {
        this.jdbc = jdbc;
        this.json = json;
        this.log = log;
    }

    Committed add(IncentiveRow row) {
        if (jdbc.sql("select count(*) from fiscal_incentive where id = ?").param(row.id()).query(Long.class).single() > 0) {
            throw Rejection.conflict("duplicate-incentive", "An incentive " + Rejection.quote(row.id()) + " exists already");
        }
        FiscalLog.Entry entry = log.append(row.committed());
        jdbc.sql("""
                insert into fiscal_incentive (id, scope, scope_value, relief, valid_from, valid_to, body, salt, log_index)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(row.id(), row.scope().code(), row.scopeValue(), row.relief(), Date.valueOf(row.validFrom()),
                        row.validTo().map(Date::valueOf).orElse(null), entry.json(), entry.salt(), entry.index())
                .update();
        return new Committed(row, entry.index());
    }

    /**
     * The incentive that relieves most of a lot's royalty on {@code day}, among those for its licence, its
     * site or its stage; incentives do not add up (a lot gets the most generous one that applies).
     */
    Optional<Committed> best(Optional<String> licence, String site, Optional<Integer> stage, LocalDate day) {
        return jdbc.sql("""
                select body::text as body, log_index from fiscal_incentive
                where valid_from <= ? and (valid_to is null or valid_to >= ?)
                  and ((scope = 'licence' and scope_value = ?) or (scope = 'site' and scope_value = ?) or (scope = 'stage' and scope_value = ?))
                order by relief desc, log_index limit 1""")
                .params(Date.valueOf(day), Date.valueOf(day), licence.orElse(null), site, stage.map(String::valueOf).orElse(null))
                .query((rs, n) -> new Committed(read(rs.getString("body")), rs.getLong("log_index"))).optional();
    }

    List<Committed> list() {
        return jdbc.sql("select body::text as body, log_index from fiscal_incentive order by log_index")
                .query((rs, n) -> new Committed(read(rs.getString("body")), rs.getLong("log_index"))).list();
    }

    private IncentiveRow read(String body) {
        Map<String, Object> b = json.readValue(body, BODY);
        return new IncentiveRow((String) b.get("id"), IncentiveRow.Kind.of((String) b.get("incentive")),
                IncentiveRow.Scope.of((String) b.get("scope")), (String) b.get("scopeValue"), new BigDecimal((String) b.get("relief")),
                LocalDate.parse((String) b.get("validFrom")), Optional.ofNullable((String) b.get("validTo")).map(LocalDate::parse),
                (String) b.get("citation"));
    }
}
