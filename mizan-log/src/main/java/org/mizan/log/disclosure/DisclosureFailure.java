package org.mizan.log.disclosure;

/** Why a disclosed event does not check out. */
public enum DisclosureFailure {
    /** The checkpoint is not a well-formed signed checkpoint. */
    MALFORMED_CHECKPOINT,
    /** The checkpoint is not signed by the given key (or is signed for another origin). */
    BAD_SIGNATURE,
    /** The index lies outside the checkpoint's tree. */
    INDEX_OUT_OF_RANGE,
    /** The event and salt do not hash, through the proof, to the checkpoint's root. */
    NOT_INCLUDED
}
