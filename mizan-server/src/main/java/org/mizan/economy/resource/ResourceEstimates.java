package org.mizan.economy.resource;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.mizan.economy.CrirscoClass;
import org.mizan.economy.RegisteredEstimate;
import org.mizan.economy.ResourceEstimate;
import org.mizan.economy.log.EconomyLog;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resource register, each estimate committed to the log when stored. Estimates are never edited: a later estimate
 * of the same licence, element and class supersedes the earlier, which stays.
 */
@Repository
public class ResourceEstimates {

    private static final TypeReference<Map<String, String>> BODY = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EconomyLog log;

    ResourceEstimates(JdbcClient jdbc, JsonMapper json, EconomyLog log) {
        this.jdbc = jdbc;
        this.json = json;
        this.log = log;
    }

    /** Stores an estimate; one of the same licence, element, class and date is a 409 and nothing is written. Needs a transaction. */
    public RegisteredEstimate add(ResourceEstimate e) {
        if (jdbc.sql("select count(*) from economy_resource where licence = ? and element = ? and class = ? and estimated_on = ?")
                .params(e.licence().value(), e.element().value(), e.crirscoClass().code(), Date.valueOf(e.estimatedOn()))
                .query(Long.class).single() > 0) {
            throw Rejection.conflict("overlapping-estimate", "Licence " + e.licence() + " has a " + e.crirscoClass().code() + " estimate of "
                    + e.element() + " dated " + e.estimatedOn() + " already; a new estimate takes a new date")
                    .with("licence", e.licence().value());
        }
        EconomyLog.Entry entry = log.append(e.committed());
        jdbc.sql("insert into economy_resource (id, licence, element, class, estimated_on, contained_t, body, salt, log_index) "
                + "values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(e.id(), e.licence().value(), e.element().value(), e.crirscoClass().code(), Date.valueOf(e.estimatedOn()),
                        e.containedTonnes(), entry.json(), entry.salt(), entry.index())
                .update();
        return new RegisteredEstimate(e, entry.index(), false);
    }

    /** Every estimate, superseded ones marked, by licence, element, class and date. */
    public List<RegisteredEstimate> all() {
        return jdbc.sql("""
                select body::text as body, log_index, exists (select 1 from economy_resource later where later.licence = r.licence
                    and later.element = r.element and later.class = r.class and later.estimated_on > r.estimated_on) as superseded
                from economy_resource r order by licence, element, class, estimated_on""")
                .query((rs, n) -> new RegisteredEstimate(read(rs.getString("body")), rs.getLong("log_index"), rs.getBoolean("superseded"))).list();
    }

    private ResourceEstimate read(String body) {
        Map<String, String> b = json.readValue(body, BODY);
        return new ResourceEstimate(b.get("id"), new LicenceNumber(b.get("licence")), new ElementSymbol(b.get("element")),
                CrirscoClass.of(b.get("class")), LocalDate.parse(b.get("estimatedOn")), new BigDecimal(b.get("tonnes")),
                new Grade(new BigDecimal(b.get("grade"))), b.get("competentPerson"), b.get("reportSha256"), new PartyId(b.get("declaredBy")));
    }
}
