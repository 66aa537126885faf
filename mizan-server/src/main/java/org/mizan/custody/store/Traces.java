package org.mizan.custody.store;

import java.util.List;
import java.util.Map;

import org.mizan.kernel.LotId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Walks the processing graph with recursive SQL, upstream to the mines or downstream to the consignments. */
@Repository
public class Traces {

    public enum Direction {
        UPSTREAM, DOWNSTREAM
    }

    public record Edge(String parent, String child, long seq, String eventId, long massG) {
    }

    private final JdbcClient jdbc;

    Traces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Map<String, Object>> lots(LotId start, Direction direction) {
        return jdbc.sql(reach(direction) + """
                select l.id, l.material, l.form, l.gross_g, l.available_g, l.status, l.site, l.origin::text as origin
                from lot l join reach r on l.id = r.lot order by l.id""")
                .param("start", start.value()).query().listOfRows();
    }

    public List<Edge> edges(LotId start, Direction direction) {
        String join = direction == Direction.UPSTREAM ? "e.child = r.lot" : "e.parent = r.lot";
        return jdbc.sql(reach(direction) + """
                select e.parent, e.child, e.seq, c.event_id, e.mass_g
                from lot_edge e join reach r on %s join custody_event c on c.seq = e.seq
                order by e.seq, e.parent, e.child""".formatted(join))
                .param("start", start.value())
                .query((rs, i) -> new Edge(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    private static String reach(Direction direction) {
        String step = direction == Direction.UPSTREAM
                ? "select e.parent from lot_edge e join reach r on e.child = r.lot"
                : "select e.child from lot_edge e join reach r on e.parent = r.lot";
        return "with recursive reach(lot) as (select cast(:start as text) union " + step + ")\n";
    }
}
