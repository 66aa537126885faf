package org.mizan.registry;

import org.mizan.kernel.Codes;

/**
 * What happens at a site; only mines may be the place of extraction, a tailings facility holds a plant's tailings, and a
 * reserve holds the state's strategic stock, receiving and dispatching lots as a warehouse does.
 */
public enum SiteKind {
    MINE, PLANT, WAREHOUSE, LABORATORY, PORT, CHECKPOINT, TAILINGS_FACILITY, RESERVE;

    public String code() {
        return Codes.of(this);
    }

    public static SiteKind of(String code) {
        return Codes.parse(SiteKind.class, code, "site-kind");
    }
}
