package org.mizan.oversight;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A case moved from one status to another, by whom, with what finding and note. It is committed to the log. */
record AlertTransitioned(String id, String alertId, AlertStatus from, AlertStatus to, Optional<CaseFinding> finding,
        Optional<String> note, String actor, OffsetDateTime at) {

    /** The recorded form whose salted commitment the log holds. */
    Map<String, Object> recorded() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("transitionId", id);
        out.put("type", "alert-transitioned");
        out.put("alert", alertId);
        out.put("from", from.code());
        out.put("to", to.code());
        finding.ifPresent(f -> out.put("finding", f.code()));
        note.ifPresent(n -> out.put("note", n));
        out.put("actor", actor);
        out.put("time", at.withOffsetSameInstant(ZoneOffset.UTC).toString());
        return out;
    }
}
