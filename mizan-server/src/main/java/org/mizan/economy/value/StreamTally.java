package org.mizan.economy.value;

import java.util.List;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.Custody;
import org.mizan.custody.StreamRecord;

/**
 * A tally of custody's committed stream kept in memory: read once, then resumed on each question after the last record
 * seen. The stream is append-only and read in sequence order, so resuming misses nothing and counts nothing twice.
 */
public abstract class StreamTally {

    private static final int PAGE = 2000;

    private final Custody custody;
    private long seen;

    protected StreamTally(Custody custody) {
        this.custody = custody;
    }

    /** Takes one committed event into the tally; called in sequence order, under the tally's lock. */
    protected abstract void take(CommittedEvent e);

    /** Reads what was committed since the last call; callers hold the tally's lock. */
    protected final void catchUp() {
        for (List<StreamRecord> page = custody.recordsAfter(seen, PAGE); !page.isEmpty(); page = custody.recordsAfter(seen, PAGE)) {
            for (StreamRecord r : page) {
                if (r instanceof CommittedEvent e) {
                    take(e);
                }
                seen = r.seq();
            }
        }
    }
}
