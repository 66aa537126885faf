package org.mizan.fiscal.royalty;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.LotId;
import org.mizan.kernel.SiteId;
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
    private final IncentiveRows incentives;
    private final AssessmentWorker worker;
    private final Registry registry;
    private final Clock clock;
    private final Duration catchUp;

    RoyaltyLedger(RateRows rates, PriceRows prices, ExchangeRates exchange, Assessments assessments, IncentiveRows incentives,
            AssessmentWorker worker,
            Registry registry, Clock clock, @Value("${mizan.fiscal.reader-catch-up:PT2S}") Duration catchUp) {
        this.rates = rates;
        this.prices = prices;
        this.exchange = exchange;
        this.assessments = assessments;
        this.incentives = incentives;
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

    public List<IncentiveRows.Committed> incentives() {
        return incentives.list();
    }

    /**
     * Adds an incentive: for a licence or a site, the regulator of its province (or an administrator); for a
     * whole stage of the value chain, a national decision, an administrator only.
     */
    @Transactional
    public IncentiveRows.Committed addIncentive(Actor actor, IncentiveProposal proposal) {
        IncentiveRow row = proposal.toRow();
        Optional<ProvinceCode> province = switch (row.scope()) {
            case LICENCE -> Optional.of(registry.licence(new LicenceNumber(row.scopeValue())).orElseThrow(() -> Rejection.invalid(
                    "unknown-licence", "No licence " + Rejection.quote(row.scopeValue()) + " is registered")).province());
            case SITE -> registry.site(new SiteId(row.scopeValue())).orElseThrow(() -> Rejection.invalid("unknown-site",
                    "No site " + Rejection.quote(row.scopeValue()) + " is registered")).province();
            case STAGE -> Optional.empty();
        };
        boolean regulatorOfProvince = actor.is(Role.REGULATOR) && province.isPresent()
                && registry.party(actor.party()).flatMap(p -> p.jurisdiction()).equals(province);
        if (!actor.is(Role.ADMIN) && !regulatorOfProvince) {
            throw Rejection.forbidden("outside-jurisdiction", "An incentive for a licence or site is granted by the regulator of its "
                    + "province or an administrator; one for a whole stage by an administrator");
        }
        return incentives.add(row);
    }

    /** Royalties due and forgone per licence for taxable events of calendar {@code year} (in the registry's zone). */
    public List<Assessments.Total> totals(Optional<ProvinceCode> province, int year) {
        province.ifPresent(registry.provinces()::get);
        if (year < 1900 || year > 2200) {
            throw Rejection.invalid("out-of-range", "year must lie in 1900..2200, got " + year);
        }
        worker.catchUp(catchUp);
        java.time.ZoneId zone = registry.provinces().zone();
        return assessments.totals(province.map(ProvinceCode::value), java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toOffsetDateTime(),
                java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toOffsetDateTime());
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

    /** Lets assessment catch up for at most {@code budget}; never throws. For readers that judge the assessments now. */
    public void catchUp(Duration budget) {
        worker.catchUp(budget);
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
