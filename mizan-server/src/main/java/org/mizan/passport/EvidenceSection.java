package org.mizan.passport;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.mizan.custody.ConsignmentChain;
import org.mizan.kernel.Rejection;
import org.mizan.ledger.Ledger;
import org.mizan.registry.Catalogue;

import tools.jackson.databind.JsonNode;

/**
 * The verification bundle: every event of the chain with its salt, log index and inclusion proof, one
 * signed checkpoint they are all proven against, and the registry facts the offline replay needs.
 */
final class EvidenceSection {

    private final Ledger ledger;
    private final Catalogue catalogue;
    private final LicencePlaces places;
    private final PassportConfiguration.ElementTolerance tolerance;

    EvidenceSection(Ledger ledger, Catalogue catalogue, LicencePlaces places, PassportConfiguration.ElementTolerance tolerance) {
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.places = places;
        this.tolerance = tolerance;
    }

    Map<String, Object> evidence(ConsignmentChain chain) {
        long last = chain.events().stream().mapToLong(e -> requireLogged(e)).max().orElse(0);
        Ledger.SignedCheckpoint checkpoint = checkpointCovering(last);
        Base64.Encoder base64 = Base64.getEncoder();
        List<List<byte[]>> proofs = ledger.inclusionProofs(chain.events().stream().map(ConsignmentChain.Event::logIndex).toList(),
                checkpoint.size());
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < chain.events().size(); i++) {
            ConsignmentChain.Event event = chain.events().get(i);
            Map<String, Object> disclosed = new LinkedHashMap<>();
            disclosed.put("eventId", event.eventId());
            disclosed.put("index", event.logIndex());
            disclosed.put("salt", base64.encodeToString(event.salt()));
            disclosed.put("inclusionProof", proofs.get(i).stream().map(base64::encodeToString).toList());
            disclosed.put("event", event.body());
            events.add(disclosed);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("log", ledger.origin());
        out.put("verifierKey", ledger.verifierKey().toString());
        out.put("treeSize", checkpoint.size());
        out.put("checkpoint", checkpoint.note());
        out.put("events", events);
        out.put("registryFacts", registryFacts(chain));
        return out;
    }

    private static long requireLogged(ConsignmentChain.Event event) {
        if (event.logIndex() == null) {
            throw new Rejection(Rejection.Kind.UNAVAILABLE, "event-not-logged",
                    "Event " + event.eventId() + " was recorded without a log entry; its passport cannot be proven", Map.of());
        }
        return event.logIndex();
    }

    /** Registry facts the replay takes as declared: anyone can compare them with the public registry. */
    private Map<String, Object> registryFacts(ConsignmentChain chain) {
        Map<String, String> extractedUnder = new TreeMap<>();
        Map<String, String> primaryElements = new TreeMap<>();
        Map<String, Object> licences = new TreeMap<>();
        Map<String, ConsignmentChain.LotNode> lots = new LinkedHashMap<>();
        chain.lots().forEach(l -> lots.put(l.id(), l));
        for (ConsignmentChain.Event event : chain.events()) {
            JsonNode body = event.body();
            if ("extracted".equals(event.type())) {
                String lot = body.get("lot").asString();
                Optional.ofNullable(lots.get(lot)).map(l -> l.origin().keySet().iterator().next())
                        .ifPresent(licence -> extractedUnder.put(lot, licence));
            }
            materials(body).forEach(m -> primaryElements.put(m, catalogue.material(m).primaryElement().value()));
        }
        List<String> named = new ArrayList<>(extractedUnder.values());
        named.addAll(chain.originByLicence().keySet());
        named.stream().filter(l -> !LicencePlaces.UNATTRIBUTED.equals(l)).distinct().sorted().forEach(licence -> {
            LicencePlaces.Place place = places.place(licence);
            licences.put(licence, Map.of("district", place.district(), "province", place.province()));
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("extractedUnder", extractedUnder);
        out.put("licences", licences);
        out.put("primaryElements", primaryElements);
        out.put("elementTolerance", tolerance.value().toPlainString());
        return out;
    }

    private static List<String> materials(JsonNode body) {
        List<String> materials = new ArrayList<>();
        if (body.hasNonNull("material")) {
            materials.add(body.get("material").asString());
        }
        body.path("outputs").forEach(o -> materials.add(o.path("material").asString()));
        return materials;
    }

    private Ledger.SignedCheckpoint checkpointCovering(long index) {
        return ledger.checkpointCovering(index).orElseThrow(() -> new Rejection(Rejection.Kind.UNAVAILABLE, "not-yet-in-checkpoint",
                "The chain's last event is logged but not yet in a signed checkpoint; retry in a second", Map.of()));
    }
}
