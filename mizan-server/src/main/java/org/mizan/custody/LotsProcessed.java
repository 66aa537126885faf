package org.mizan.custody;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mizan.kernel.LotId;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** Inputs were consumed, wholly or in part, and new output lots produced at one site (CBV transforming). */
public record LotsProcessed(
        EventId eventId, OffsetDateTime time, PartyId actor,
        SiteId site, String process, List<ProcessInput> inputs, List<ProcessOutput> outputs)
        implements CustodyEvent {

    public LotsProcessed {
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(site, "site");
        if (process == null || process.isBlank()) {
            throw new IllegalArgumentException("process " + eventId + " needs a process name");
        }
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        if (inputs.isEmpty() || outputs.isEmpty()) {
            throw new IllegalArgumentException("process " + eventId + " needs at least one input and one output");
        }
        requireDistinctLots(eventId, inputs, outputs);
    }

    private static void requireDistinctLots(EventId id, List<ProcessInput> inputs, List<ProcessOutput> outputs) {
        Set<LotId> seen = new HashSet<>();
        inputs.forEach(input -> requireFirst(id, seen, input.lot()));
        outputs.forEach(output -> requireFirst(id, seen, output.lot()));
    }

    private static void requireFirst(EventId id, Set<LotId> seen, LotId lot) {
        if (!seen.add(lot)) {
            throw new IllegalArgumentException("process " + id + " names lot " + lot + " twice");
        }
    }

    @Override
    public Set<LotId> touchedLots() {
        Set<LotId> lots = new LinkedHashSet<>();
        inputs.forEach(input -> lots.add(input.lot()));
        outputs.forEach(output -> lots.add(output.lot()));
        return Set.copyOf(lots);
    }
}
