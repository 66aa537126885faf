package org.mizan.fiscal.royalty;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.LotId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.passport.ChainRoyalties;
import org.mizan.registry.Registry;
import org.mizan.security.Actor;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The royalty side's facade: regime rows (read by anyone, added by the regulator of their province),
 * reference prices, exchange rates and assessments; and the passport's view of a chain's assessments.
 * Readers first let assessment catch up for a moment, so that an answer right after an event includes it.
 */
@Service
public class RoyaltyLedger implements ChainRoyalties {

    private final RateRows rates;
    private final PriceRows prices;
    private final ExchangeRates exchange;
    private final Assessments assessments;
    private final AssessmentWorker worker;
    private final Registry registry;
    private final Clock clock;
    private final Duration catchUp;

    RoyaltyLedger(RateRows rates, PriceRows prices, ExchangeRates exchange, Assessments assessments, AssessmentWorker worker,
            Registry registry, Clock clock, @Value("${mizan.fiscal.reader-catch-up:PT2S}") Duration catchUp) {
        this.rates = rates;
        this.prices = prices;
        this.exchange = exchange;
        this.assessments = assessments;
        this.worker = worker;
        this.registry = registry;
        this.clock = clock;
        this.catchUp = catchUp;
    }

    public List<RateRows.Committed> rates(Optional<ProvinceCode> province) {
        province.ifPresent(registry.provinces()::get);
        return rates.list(province);
    }

    /** Adds a row; only an administrator or the regulator of the row's province may. */
    @Transactional
    public RateRows.Committed addRate(Actor actor, RateProposal proposal) {
        RateRow row = proposal.toRow(registry.provinces());
        boolean regulatorOfProvince = actor.is(Role.REGULATOR)
                && registry.party(actor.party()).flatMap(p -> p.jurisdiction()).equals(Optional.of(row.province()));
        if (!actor.is(Role.ADMIN) && !regulatorOfProvince) {
            throw Rejection.forbidden("outside-jurisdiction", "Only the regulator of " + row.province().value()
                    + " (or an administrator) manages that province's royalty rates").with("province", row.province().value());
        }
        rates.add(row, OffsetDateTime.now(clock));
        return rates.list(Optional.of(row.province())).stream().filter(c -> c.row().id().equals(row.id())).findFirst().orElseThrow();
    }

    public List<PriceRows.Committed> prices(Optional<String> item) {
        return prices.list(item);
    }

    public List<ExchangeRates.Rate> exchangeRates() {
        return exchange.list();
    }

    public List<Assessments.Stored> assessments(Optional<String> licence, Optional<ProvinceCode> province, long after, int limit) {
        province.ifPresent(registry.provinces()::get);
        worker.catchUp(catchUp);
        return assessments.list(licence, province.map(ProvinceCode::value), after, limit);
    }

    public Optional<Assessments.Stored> assessment(String id) {
        worker.catchUp(catchUp);
        return assessments.find(id);
    }

    /** How far assessment has read the committed stream, and how far the stream goes. */
    public record Progress(long assessedThrough, long committedThrough) {
    }

    public Progress progress() {
        return new Progress(worker.cursor(), worker.committedThrough());
    }

    @Override
    public List<CommittedAssessment> assessmentsOf(Collection<String> lots) {
        worker.catchUp(catchUp);
        return assessments.ofLots(lots.stream().map(LotId::new).toList()).stream()
                .map(s -> new CommittedAssessment(s.id(), s.lot(), s.logIndex(), s.salt(), s.body())).toList();
    }
}
