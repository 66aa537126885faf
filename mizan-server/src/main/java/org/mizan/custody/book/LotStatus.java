package org.mizan.custody.book;

/** Where a lot is in its life. The last three are closed: such a lot never moves again. */
public enum LotStatus {
    AT_SITE,
    IN_TRANSIT,
    CONSUMED,
    EXPORTED,
    LOST;

    public boolean isClosed() {
        return this == CONSUMED || this == EXPORTED || this == LOST;
    }
}
