package org.mizan.registry;

import org.mizan.kernel.Codes;

/** What happens at a site; only mines may be the place of extraction, and a tailings facility holds a plant's tailings. */
public enum SiteKind {
    MINE, PLANT, WAREHOUSE, LABORATORY, PORT, CHECKPOINT, TAILINGS_FACILITY;

    public String code() {
        return Codes.of(this);
    }

    public static SiteKind of(String code) {
        return Codes.parse(SiteKind.class, code, "site-kind");
    }
}
