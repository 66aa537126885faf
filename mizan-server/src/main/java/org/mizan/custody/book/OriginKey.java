package org.mizan.custody.book;

import java.util.Objects;
import org.mizan.kernel.LicenceNumber;

/**
 * Where a share of a lot's primary element came from: a licence, or nowhere on the books. Keys order
 * by licence number with {@link #UNATTRIBUTED} last, so printed vectors and ties are deterministic.
 */
public sealed interface OriginKey extends Comparable<OriginKey> permits OriginKey.Licensed, OriginKey.Unattributed {

    /** Element that no recorded extraction explains: an unlicensed pit, or a process surplus (unrecorded feed). */
    OriginKey UNATTRIBUTED = new Unattributed();

    static OriginKey licence(LicenceNumber licence) {
        return new Licensed(licence);
    }

    @Override
    default int compareTo(OriginKey other) {
        if (this instanceof Licensed mine && other instanceof Licensed theirs) {
            return mine.licence().compareTo(theirs.licence());
        }
        return Boolean.compare(this instanceof Unattributed, other instanceof Unattributed);
    }

    record Licensed(LicenceNumber licence) implements OriginKey {
        public Licensed {
            Objects.requireNonNull(licence, "licence");
        }

        @Override
        public String toString() {
            return licence.value();
        }
    }

    record Unattributed() implements OriginKey {
        @Override
        public String toString() {
            return "UNATTRIBUTED";
        }
    }
}
