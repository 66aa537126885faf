package org.mizan.custody.book;

import java.time.OffsetDateTime;

import org.mizan.kernel.Rejection;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.LotDispatched;

/**
 * Times are kept to the microsecond. PostgreSQL keeps microseconds: a finer time would be stored in the
 * event's body but rounded in its columns, and a passport built from one would contradict the event it
 * discloses. The API's JSON reader applies it to each time field it reads; the facade applies it to
 * the events other modules build.
 */
public final class TimePrecisionPolicy {

    private TimePrecisionPolicy() {
    }

    public static boolean kept(OffsetDateTime time) {
        return time.getNano() % 1_000 == 0;
    }

    public static Rejection refusal(String field) {
        return Rejection.invalid("invalid-event", "Field " + field + " is finer than a microsecond, which is all Mizan keeps;"
                + " give at most six fractional digits").with("field", field);
    }

    /** Every time an event carries: when it happened and, for a dispatch, its permit's window. */
    public static void check(CustodyEvent event) {
        check(event, "time", event.time());
        if (event instanceof LotDispatched d) {
            check(event, "permit.validFrom", d.permit().validFrom());
            check(event, "permit.validUntil", d.permit().validUntil());
        }
    }

    private static void check(CustodyEvent event, String field, OffsetDateTime time) {
        if (!kept(time)) {
            throw refusal(field).with("eventId", event.eventId().value());
        }
    }
}
