package org.mizan.custody.book;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.LotId;

/** Where lots that are not in the book's memory come from: the database, in the running server. */
@FunctionalInterface
public interface LotStore {

    Optional<Lot> load(LotId id);

    /** The stored lots among {@code ids}; a store that can should answer in one round trip. */
    default Map<LotId, Lot> loadAll(Collection<LotId> ids) {
        Map<LotId, Lot> found = new HashMap<>();
        ids.forEach(id -> load(id).ifPresent(lot -> found.put(id, lot)));
        return found;
    }
}
