package org.mizan.custody.book;

/**
 * What a site is, as far as custody rules care: extraction only at mines, export only at ports, tailings and slag only to
 * tailings facilities and plants.
 */
public enum SiteKind {
    MINE,
    PROCESSING_PLANT,
    LABORATORY,
    WAREHOUSE,
    PORT,
    CHECKPOINT,
    TAILINGS_FACILITY,
    /** Holds the state's strategic stock: as a warehouse, except that a dispatch out of it is a release. */
    RESERVE
}
