package org.mizan.economy.reserve;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.Custody;
import org.mizan.custody.DispatchFacts;
import org.mizan.custody.LotAdjusted;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotLost;
import org.mizan.custody.LotReceived;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.TransitFacts;
import org.mizan.economy.value.StreamTally;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.SiteId;
import org.springframework.stereotype.Component;

/**
 * What came into and went out of each site, per material, read from custody's committed stream: a receipt is an intake,
 * a dispatch a release, a write-off or adjustment of a lot held there a write-off. A reserve's stock is nothing but these
 * ordinary custody events, so mass balance and origin hold for it as for any warehouse. The stream is read in sequence
 * order and resumed after the last record seen, following each lot's material and site as it goes.
 */
@Component
public class ReserveTally extends StreamTally {

    /** Which way a movement changes a site's stock. */
    public enum Kind {
        INTAKE, RELEASE, WRITE_OFF
    }

    /** One movement at a site: when, of which material, which way and how many kilograms. */
    public record Movement(OffsetDateTime time, String material, Kind kind, BigDecimal kg) {
    }

    private final Map<LotId, String> materials = new HashMap<>();
    private final Map<LotId, SiteId> sites = new HashMap<>();
    private final Map<SiteId, List<Movement>> movements = new HashMap<>();

    ReserveTally(Custody custody) {
        super(custody);
    }

    /** Every movement of {@code material} at {@code site}, in the order custody committed them. */
    public synchronized List<Movement> at(SiteId site, String material) {
        catchUp();
        return movements.getOrDefault(site, List.of()).stream().filter(m -> m.material().equals(material)).toList();
    }

    @Override
    protected void take(CommittedEvent e) {
        if (e.event() instanceof LotExtracted x) {
            place(x.lot(), x.material(), x.site());
        } else if (e.event() instanceof LotsProcessed x) {
            x.outputs().forEach(o -> place(o.lot(), o.material(), x.site()));
        } else if (e.event() instanceof LotDispatched x && e.facts() instanceof DispatchFacts f) {
            dispatched(x, f);
        } else if (e.event() instanceof LotReceived x && e.facts() instanceof TransitFacts f) {
            sites.put(f.lot(), x.site());
            move(x.site(), f.lot(), x.time(), Kind.INTAKE, f.receivedMass());
        } else if (e.event() instanceof LotLost x) {
            held(x.lot(), x.time(), x.mass());
        } else if (e.event() instanceof LotAdjusted x) {
            held(x.lot(), x.time(), x.mass());
        }
    }

    private void dispatched(LotDispatched x, DispatchFacts f) {
        f.splitFrom().ifPresent(parent -> materials.put(f.lot(), materials.get(parent)));
        sites.remove(f.lot());
        move(x.from(), f.lot(), x.time(), Kind.RELEASE, f.mass());
    }

    private void held(LotId lot, OffsetDateTime time, Mass mass) {
        SiteId site = sites.get(lot);
        if (site != null) {
            move(site, lot, time, Kind.WRITE_OFF, mass);
        }
    }

    private void place(LotId lot, String material, SiteId site) {
        materials.put(lot, material);
        sites.put(lot, site);
    }

    private void move(SiteId site, LotId lot, OffsetDateTime time, Kind kind, Mass mass) {
        String material = materials.get(lot);
        if (material != null) {
            movements.computeIfAbsent(site, s -> new ArrayList<>())
                    .add(new Movement(time, material, kind, new BigDecimal(mass.toKilogramsString())));
        }
    }
}
