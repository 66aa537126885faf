package org.mizan.custody;

import java.util.Optional;

import org.mizan.kernel.LotId;

/** Where lots that are not in the book's memory come from: the database, in the running server. */
@FunctionalInterface
public interface LotStore {

    Optional<Lot> load(LotId id);
}
