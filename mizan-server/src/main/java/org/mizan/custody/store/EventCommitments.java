package org.mizan.custody.store;

import java.util.Collections;
import java.util.List;

import org.mizan.log.disclosure.Commitment;
import org.mizan.ledger.Ledger;
import org.mizan.ledger.Salts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.mizan.custody.CustodyEvent;
import org.mizan.custody.json.EventWriter;

/**
 * What the transparency log holds of an event: a salted commitment to its stored form. The salt is
 * kept with the event so a disclosure can open the commitment.
 */
@Component
class EventCommitments {

    private final Salts salts;
    private final Ledger ledger;
    // Off only to measure what the log costs (mizan bench); a server that does not commit events cannot prove them.
    private final boolean enabled;

    EventCommitments(Salts salts, Ledger ledger, @Value("${mizan.log.commit-events:true}") boolean enabled) {
        this.salts = salts;
        this.ledger = ledger;
        this.enabled = enabled;
    }

    /** A fresh salt for the event, or none when events are not committed. */
    byte[] salt() {
        return enabled ? salts.next() : null;
    }

    /** The commitment to an event under its salt, or none when events are not committed. */
    byte[] commitment(byte[] salt, CustodyEvent event) {
        return enabled ? Commitment.of(salt, EventWriter.write(event)) : null;
    }

    /** Appends the commitments to the log, inside the caller's transaction; their log indices, or nulls when switched off. */
    List<Long> append(List<byte[]> commitments) {
        return enabled ? ledger.append(commitments) : Collections.nCopies(commitments.size(), null);
    }

    /** Tells the log that new entries have committed. */
    void committed() {
        ledger.nudge();
    }
}
