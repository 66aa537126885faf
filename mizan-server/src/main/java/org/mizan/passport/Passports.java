package org.mizan.passport;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.mizan.custody.ConsignmentChain;
import org.mizan.custody.ConsignmentChains;
import org.mizan.kernel.Rejection;
import org.mizan.log.passport.Passport;
import org.mizan.log.passport.PassportReader;
import org.mizan.log.passport.PassportWriter;
import org.mizan.security.Actor;
import org.springframework.stereotype.Service;

/**
 * The passport module's facade: a live passport for those who may read the chain, publication, and
 * published passports for everyone.
 */
@Service
public class Passports {

    private final ConsignmentChains chains;
    private final PassportAssembly assembly;
    private final Publications publications;
    private final Clock clock;

    Passports(ConsignmentChains chains, PassportAssembly assembly, Publications publications, Clock clock) {
        this.chains = chains;
        this.assembly = assembly;
        this.publications = publications;
        this.clock = clock;
    }

    /**
     * The current passport if the actor may read the chain; otherwise the published one; otherwise
     * not found, so that the public cannot tell an unpublished consignment from a missing one.
     */
    public Passport forReader(Optional<Actor> actor, String id) {
        Optional<ConsignmentChain> chain = chains.find(id);
        if (chain.isPresent() && actor.isPresent() && chains.mayRead(actor.get(), chain.get())) {
            return assembly.assemble(chain.get())
                    .withPublication(publications.find(id).map(p -> "published " + p.publishedAt()).orElse("not published"));
        }
        return publications.find(id).map(p -> PassportReader.read(p.document())).orElseThrow(() -> notFound(id));
    }

    public PublishedPassport publish(Actor actor, String id) {
        ConsignmentChain chain = chains.find(id).orElseThrow(() -> notFound(id));
        PublicationPolicy.refusal(actor, chain, chains.mayRead(actor, chain)).ifPresent(reason -> {
            throw Rejection.forbidden("may-not-publish", reason);
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Passport document = assembly.assemble(chain).withPublication("published " + now);
        PublishedPassport published = new PublishedPassport(id, actor.party().value(), now, chain.head().exporter(),
                chain.head().destinationCountry(), document.totals().netMassKg(), String.join(", ", document.totals().forms()),
                PassportWriter.write(document));
        publications.save(published);
        return published;
    }

    public Optional<PublishedPassport> published(String id) {
        return publications.find(id);
    }

    public List<PublishedPassport> latestPublished(int limit) {
        return publications.latest(limit);
    }

    private static Rejection notFound(String id) {
        return Rejection.notFound("unknown-passport", "No passport " + Rejection.quote(id) + " visible to you");
    }
}
