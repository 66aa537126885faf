package org.mizan.custody;

/** The physical form of a lot, the step of value addition that analysts asked exports to disclose. */
public enum MaterialForm {
    ORE,
    CONCENTRATE,
    INTERMEDIATE,
    OXIDE,
    METAL,
    ALLOY,
    MAGNET,
    RESIDUE
}
