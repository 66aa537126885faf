package org.mizan.epcis;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.custody.ReadScope;
import org.mizan.registry.Registry;
import org.mizan.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Who reads which EPCIS events: the same people who read the custody records of the same lots, by
 * custody's own rule ({@link ReadScope}), so that no interface shows what another refuses. An event with
 * custody meaning is read by its capturing party and by whoever may read one of the lots of its custody
 * event; an event without (an aggregation, a step custody has no event for, an error declaration of one)
 * by its capturing party and by the regulator of the province of its business location or read point when
 * that is a registry site; auditors and administrators read every event. Every EPCIS read needs an API key.
 * See docs/adr/0008-epcis-mapping.md.
 */
@Component
class Readers {

    /** The condition, on {@code epcis_event e}, of the events an actor may read, with its parameters. */
    record Visibility(String condition, Map<String, Object> params) {

        static final Visibility EVERYTHING = new Visibility("TRUE", Map.of());
    }

    private final ReadScope scope;
    private final Registry registry;

    Readers(ReadScope scope, Registry registry) {
        this.scope = scope;
        this.registry = registry;
    }

    Visibility of(Actor actor) {
        Optional<List<String>> keys = scope.readerKeys(actor);
        if (keys.isEmpty()) {
            return Visibility.EVERYTHING;
        }
        String[] sites = scope.jurisdiction(actor).map(p -> registry.sites(Optional.empty(), Optional.of(p)).stream()
                .map(s -> MizanExtension.SITE + s.id().value()).toArray(String[]::new)).orElse(new String[0]);
        // The custody event of an error declaration is the one of the event it corrects (declarations are never sent to custody).
        String condition = """
                (e.captured_by = :readerParty OR EXISTS (
                    SELECT 1 FROM (SELECT COALESCE(e.custody_seq, (SELECT o.custody_seq FROM epcis_event o WHERE o.captured_by = e.captured_by
                        AND o.event_id = e.event_id AND o.custody_seq IS NOT NULL LIMIT 1)) AS seq) c
                    WHERE CASE WHEN c.seq IS NOT NULL
                        THEN EXISTS (SELECT 1 FROM lot_event le JOIN lot_reader lr ON lr.lot_id = le.lot_id
                            WHERE le.seq = c.seq AND lr.reader = ANY(:readerKeys))
                        ELSE e.biz_location = ANY(:readerSites) OR e.read_point = ANY(:readerSites) END))""";
        return new Visibility(condition, Map.of("readerParty", actor.party().value(), "readerKeys", keys.get().toArray(String[]::new),
                "readerSites", sites));
    }

    /** Capture jobs are the capturing party's own business (and auditors' and administrators'): the party, or null for every party's. */
    String jobParty(Actor actor) {
        return scope.readerKeys(actor).isEmpty() ? null : actor.party().value();
    }
}
