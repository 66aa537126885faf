package org.mizan.custody;

/**
 * One record of the committed custody stream as a reader meets it: an event it can evaluate, or a
 * record that does not read back as one. The reader decides what to do with the second; the stream
 * goes on either way.
 */
public sealed interface StreamRecord permits CommittedEvent, UnreadableRecord {

    /** The record's place in the order of all committed records. */
    long seq();
}
