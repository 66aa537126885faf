package org.mizan.custody.book;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mizan.kernel.LotId;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;

/**
 * The lots a batch has changed so far, laid over the committed book. Steps read and write only
 * through it; the book copies the changes in only when the whole batch has passed.
 */
final class Staging {

    private final Map<LotId, Lot> committed;
    private final Function<LotId, Optional<Lot>> stored;
    private final Map<LotId, Lot> changed = new LinkedHashMap<>();

    Staging(Map<LotId, Lot> committed, Function<LotId, Optional<Lot>> stored) {
        this.committed = committed;
        this.stored = stored;
    }

    Optional<Lot> find(LotId id) {
        Lot lot = changed.get(id);
        if (lot != null) {
            return Optional.of(lot);
        }
        Lot cached = committed.get(id);
        return cached != null ? Optional.of(cached) : stored.apply(id);
    }

    Lot existing(LotId id) {
        return find(id).orElseThrow(() -> new CustodyViolation(CustodyRule.UNKNOWN_LOT, "lot " + id + " is not on the books"));
    }

    boolean exists(LotId id) {
        return find(id).isPresent();
    }

    void put(Lot lot) {
        changed.put(lot.id(), lot);
    }

    Map<LotId, Lot> changes() {
        return changed;
    }
}
