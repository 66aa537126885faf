package org.mizan.passport;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.custody.ConsignmentChain;
import org.mizan.custody.ConsignmentChains;
import org.mizan.kernel.Rejection;
import org.mizan.security.Actor;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The passport module's facade: a live passport for those who may read the chain, publication, and
 * published passports for everyone.
 */
@Service
public class Passports {

    private final ConsignmentChains chains;
    private final PassportAssembly assembly;
    private final Publications publications;
    private final JsonMapper json;
    private final Clock clock;

    Passports(ConsignmentChains chains, PassportAssembly assembly, Publications publications, JsonMapper json, Clock clock) {
        this.chains = chains;
        this.assembly = assembly;
        this.publications = publications;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The current passport if the actor may read the chain; otherwise the published one; otherwise
     * not found, so that the public cannot tell an unpublished consignment from a missing one.
     */
    public Map<String, Object> forReader(Optional<Actor> actor, String id) {
        Optional<ConsignmentChain> chain = chains.find(id);
        if (chain.isPresent() && actor.isPresent() && chains.mayRead(actor.get(), chain.get())) {
            Map<String, Object> document = assembly.assemble(chain.get());
            return withPublication(document, publications.find(id).map(p -> "published " + p.publishedAt()).orElse("not published"));
        }
        return publications.find(id).map(p -> json.readValue(p.document(), LinkedHashMap.class))
                .map(d -> (Map<String, Object>) d)
                .orElseThrow(() -> notFound(id));
    }

    public PublishedPassport publish(Actor actor, String id) {
        ConsignmentChain chain = chains.find(id).orElseThrow(() -> notFound(id));
        PublicationPolicy.refusal(actor, chain, chains.mayRead(actor, chain)).ifPresent(reason -> {
            throw Rejection.forbidden("may-not-publish", reason);
        });
        Map<String, Object> document = assembly.assemble(chain);
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        withPublication(document, "published " + now);
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = (Map<String, Object>) document.get("totals");
        PublishedPassport published = new PublishedPassport(id, actor.party().value(), now, chain.head().exporter(),
                chain.head().destinationCountry(), (String) totals.get("netMassKg"), String.join(", ", (List<String>) totals.get("forms")),
                json.writeValueAsString(document));
        publications.save(published);
        return published;
    }

    public Optional<PublishedPassport> published(String id) {
        return publications.find(id);
    }

    public List<PublishedPassport> latestPublished(int limit) {
        return publications.latest(limit);
    }

    private static Map<String, Object> withPublication(Map<String, Object> document, String status) {
        document.put("publication", status);
        return document;
    }

    private static Rejection notFound(String id) {
        return Rejection.notFound("unknown-passport", "No passport " + Rejection.quote(id) + " visible to you");
    }
}
