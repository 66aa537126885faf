package org.mizan.epcis;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.mizan.custody.CustodyEvent;
import org.mizan.custody.EventId;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.ProcessOutput;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

import tools.jackson.databind.JsonNode;

/**
 * What every custody event carries, and the one place where custody's refusal of a value from an
 * EPCIS event (a lot id, a mass finer than a gram, an unknown form) becomes the event's refusal, as
 * custody's own API refuses it: {@code invalid-event} (422), or {@code wrong-type} (400) for a list
 * custody needs and the event leaves empty.
 */
record CustodyValues(String eventId, OffsetDateTime time, PartyId actor) {

    EventId id() {
        return new EventId(eventId);
    }

    CustodyEvent build(Supplier<CustodyEvent> event) {
        try {
            return event.get();
        } catch (Rejection r) {
            throw r;
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            throw Rejection.invalid("invalid-event", "Event " + Rejection.quote(eventId) + ": " + e.getMessage());
        }
    }

    /** An output lot as the event and its ilmd describe it, before custody reads its values. */
    record Output(String lot, String material, String form, String kilograms, Map<String, String> grades) {

        ProcessOutput toCustody() {
            return new ProcessOutput(new LotId(lot), material, CustodyValues.form(form), Mass.ofKilograms(kilograms), CustodyValues.grades(grades));
        }
    }

    static Grades grades(Map<String, String> grades) {
        Map<ElementSymbol, Grade> fractions = new LinkedHashMap<>();
        grades.forEach((element, fraction) -> fractions.put(new ElementSymbol(element), Grade.of(fraction)));
        return fractions.isEmpty() ? Grades.none() : Grades.of(fractions);
    }

    static MaterialForm form(String code) {
        try {
            return MaterialForm.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown form " + Rejection.quote(code));
        }
    }

    static OffsetDateTime time(String time) {
        try {
            return OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a permit time is an ISO-8601 time with offset, e.g. 2025-10-01T09:30:00+05:00");
        }
    }

    static void nonEmpty(JsonNode list, String field) {
        if (list.isEmpty()) {
            throw new Rejection(Rejection.Kind.MALFORMED, "wrong-type", "Field " + field + " must be a non-empty array",
                    Map.of("field", field));
        }
    }
}
