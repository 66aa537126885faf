package org.mizan.custody.book;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mizan.kernel.LotId;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.CustodyFacts;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.LotAdjusted;
import org.mizan.custody.LotAssayed;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotLost;
import org.mizan.custody.LotReceived;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.LotTransferred;

/**
 * The custody state: every lot. It applies events one at a time
 * or as an atomic batch: each event is checked against the state its predecessors in the batch left,
 * and the book changes only if every event passes. This is the pure core the sequencer drives; it
 * does no I/O and reads the outside world only through {@link Sites} and {@link Catalogue}.
 *
 * <p>Not thread-safe by design: the sequencer is the single writer.
 */
public final class LotBook {

    private static final int CACHED_LOTS = 500_000;

    private final Map<LotId, Lot> lots = bounded(CACHED_LOTS);
    private final LotStore store;
    // Lots the store did not hold when the current group was prefetched: new lots, which need no query each.
    private final Set<LotId> absent = new HashSet<>();
    private final Extracting extracting;
    private final Shipping shipping;
    private final Transforming transforming;
    private final Inspecting inspecting;
    private final Departing departing;
    private final WritingOff writingOff = new WritingOff();
    private final Adjusting adjusting;
    private final Transferring transferring;

    /** A book with nothing stored: every lot is new to it. */
    public LotBook(Sites sites, Parties parties, Catalogue catalogue, ElementBalancePolicy policy) {
        this(sites, parties, catalogue, policy, new StoichiometricGradePolicy(catalogue, StoichiometricGradePolicy.DEFAULT_TOLERANCE),
                id -> Optional.empty());
    }

    /** A book that holds the hot lots in memory and loads any other from the store on first use. */
    public LotBook(Sites sites, Parties parties, Catalogue catalogue, ElementBalancePolicy policy, StoichiometricGradePolicy grades,
            LotStore store) {
        this.store = Objects.requireNonNull(store, "store");
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(grades, "grades");
        this.extracting = new Extracting(sites, catalogue, grades);
        this.shipping = new Shipping(sites, parties);
        this.transforming = new Transforming(catalogue, policy, grades);
        this.inspecting = new Inspecting(sites, grades);
        this.departing = new Departing(sites);
        this.adjusting = new Adjusting(sites, grades);
        this.transferring = new Transferring(parties);
    }

    /** Applies one event, or throws {@link CustodyViolation} and changes nothing. */
    public Applied apply(CustodyEvent event) {
        return applyAll(List.of(event)).get(0);
    }

    /**
     * Applies all events in order, or throws {@link CustodyViolation} for the first that fails and changes nothing.
     * Every event is new: re-sent events are recognised before they reach the book ({@link Resends}).
     */
    public List<Applied> applyAll(List<? extends CustodyEvent> batch) {
        Staging staging = new Staging(lots, this::load);
        List<Applied> results = new ArrayList<>();
        for (CustodyEvent event : batch) {
            results.add(new Applied(event, applyOne(event, staging)));
        }
        lots.putAll(staging.changes());
        return List.copyOf(results);
    }

    public Optional<Lot> find(LotId id) {
        return Optional.ofNullable(lots.get(id)).or(() -> load(id));
    }

    /**
     * Forgets everything cached, so that the next use reads the store again: the sequencer calls this
     * when a batch the book accepted could not be written.
     */
    public void forget() {
        lots.clear();
        absent.clear();
    }

    /**
     * Loads in one round trip every lot among {@code ids} not in memory, and remembers which are not
     * stored, so applying a group of events needs no query per lot. Sound because the sequencer is the
     * only writer: a lot not stored now can only appear through this book.
     */
    public void prefetch(Collection<LotId> ids) {
        absent.clear();
        List<LotId> missing = ids.stream().filter(id -> !lots.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<LotId, Lot> found = store.loadAll(missing);
            lots.putAll(found);
            missing.stream().filter(id -> !found.containsKey(id)).forEach(absent::add);
        }
    }

    private Optional<Lot> load(LotId id) {
        if (absent.contains(id)) {
            return Optional.empty();
        }
        Optional<Lot> stored = store.load(id);
        stored.ifPresent(lot -> lots.put(id, lot));
        return stored;
    }

    private static <K, V> Map<K, V> bounded(int capacity) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** All lots, as an unmodifiable view; the lots themselves are immutable. */
    public Collection<Lot> lots() {
        return Collections.unmodifiableCollection(lots.values());
    }

    private CustodyFacts applyOne(CustodyEvent event, Staging staging) {
        try {
            return route(event, staging);
        } catch (CustodyViolation violation) {
            throw violation.in(event.eventId());
        }
    }

    // Java 17 has no pattern switch; the sealed interface keeps the family closed, so the last line is unreachable today.
    private CustodyFacts route(CustodyEvent event, Staging staging) {
        if (event instanceof LotExtracted e) {
            return extracting.apply(e, staging);
        }
        if (event instanceof LotDispatched e) {
            return shipping.dispatch(e, staging);
        }
        if (event instanceof LotReceived e) {
            return shipping.receive(e, staging);
        }
        if (event instanceof LotsProcessed e) {
            return transforming.apply(e, staging);
        }
        if (event instanceof LotAssayed e) {
            return inspecting.apply(e, staging);
        }
        if (event instanceof ConsignmentExported e) {
            return departing.apply(e, staging);
        }
        if (event instanceof LotLost e) {
            return writingOff.apply(e, staging);
        }
        if (event instanceof LotAdjusted e) {
            return adjusting.apply(e, staging);
        }
        if (event instanceof LotTransferred e) {
            return transferring.apply(e, staging);
        }
        throw new IllegalStateException("unhandled event type " + event.getClass());
    }
}
