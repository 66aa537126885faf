package org.mizan.custody.book;

/** What a site is, as far as custody rules care: extraction only at mines, export only at ports. */
public enum SiteKind {
    MINE,
    PROCESSING_PLANT,
    LABORATORY,
    WAREHOUSE,
    PORT,
    CHECKPOINT
}
