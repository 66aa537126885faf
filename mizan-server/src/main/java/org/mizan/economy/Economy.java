package org.mizan.economy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.mizan.custody.ConsignmentChains;
import org.mizan.economy.price.PricePoints;
import org.mizan.economy.resource.ResourceEstimates;
import org.mizan.economy.resource.SupplyReport;
import org.mizan.economy.value.CustodyTally;
import org.mizan.economy.value.ExportValuation;
import org.mizan.economy.value.PriceBook;
import org.mizan.economy.value.ValueAddedTable;
import org.mizan.registry.Registry;
import org.mizan.kernel.Rejection;
import org.mizan.security.Actor;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The economy's facade: price points, payabilities and resource estimates written (each committed to the log in its
 * transaction), and the national picture read from them and from custody's committed stream.
 */
@Service
public class Economy {

    private final PricePoints prices;
    private final ResourceEstimates estimates;
    private final SupplyReport supply;
    private final ValueAddedTable table;
    private final Reading reading;
    private final BigDecimal resourceShare;

    /** What valuation reads: custody's exports and chains, and the price book. */
    record Reading(CustodyTally tally, ConsignmentChains chains, PriceBook book, Registry registry) {
    }

    Economy(PricePoints prices, ResourceEstimates estimates, SupplyReport supply, ValueAddedTable table, CustodyTally tally,
            ConsignmentChains chains, PriceBook book, Registry registry,
            @Value("${mizan.economy.resource-share:0.5}") BigDecimal resourceShare) {
        this.prices = prices;
        this.estimates = estimates;
        this.supply = supply;
        this.table = table;
        this.reading = new Reading(tally, chains, book, registry);
        this.resourceShare = share(resourceShare);
    }

    @Transactional
    public Logged<PricePoint> addPrice(Actor actor, Proposals.Price proposal) {
        mayDeclarePrices(actor);
        return prices.add(proposal.toPoint());
    }

    @Transactional
    public Logged<Payability> addPayability(Actor actor, Proposals.Share proposal) {
        mayDeclarePrices(actor);
        return prices.add(proposal.toPayability());
    }

    @Transactional
    public RegisteredEstimate addEstimate(Actor actor, Proposals.Estimate proposal) {
        ResourceEstimate estimate = proposal.toEstimate(actor.party());
        var licence = reading.registry().licence(estimate.licence()).orElseThrow(() -> Rejection.invalid("unknown-licence",
                "No licence " + estimate.licence() + " is registered"));
        boolean regulatorThere = actor.is(Role.REGULATOR) && reading.registry().party(actor.party())
                .flatMap(p -> p.jurisdiction()).equals(Optional.of(licence.province()));
        if (!actor.is(Role.ADMIN) && !regulatorThere) {
            throw Rejection.forbidden("outside-jurisdiction", "Only the regulator of " + licence.province().value()
                    + " (or an administrator) declares the resources of licence " + estimate.licence());
        }
        return estimates.add(estimate);
    }

    public List<Logged<PricePoint>> prices() {
        return prices.points();
    }

    public List<Logged<Payability>> payabilities() {
        return prices.payabilities();
    }

    public List<RegisteredEstimate> estimates() {
        return estimates.all();
    }

    /** Every export valued, in the order custody committed them. */
    public List<ExportValue> exports() {
        ExportValuation valuation = new ExportValuation(reading.book());
        return reading.tally().exports().stream().flatMap(e -> reading.chains().find(e.consignment()).stream()).map(valuation::of).toList();
    }

    /** One export valued, for a reader custody lets read its chain. */
    public Optional<ExportValue> export(Actor actor, String consignment) {
        return reading.chains().find(consignment).filter(c -> reading.chains().mayRead(actor, c)).map(new ExportValuation(reading.book())::of);
    }

    public List<ValueAdded> valueAdded(ValueAdded.Dimension by) {
        return table.of(exports(), by);
    }

    /** The table grouped each way, from one valuation of the exports. */
    public java.util.Map<ValueAdded.Dimension, List<ValueAdded>> valueAddedEachWay() {
        List<ExportValue> exports = exports();
        java.util.Map<ValueAdded.Dimension, List<ValueAdded>> out = new java.util.EnumMap<>(ValueAdded.Dimension.class);
        for (ValueAdded.Dimension d : ValueAdded.Dimension.values()) {
            out.put(d, table.of(exports, d));
        }
        return out;
    }

    /** Years of supply with the configured share of resources, or the one asked for. */
    public List<YearsOfSupply> yearsOfSupply(Optional<BigDecimal> share) {
        return supply.report(share.map(Economy::share).orElse(resourceShare));
    }

    private static BigDecimal share(BigDecimal share) {
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw Rejection.invalid("out-of-range", "The share of resources counted is from 0 to 1, got " + Rejection.number(share));
        }
        return share;
    }

    private static void mayDeclarePrices(Actor actor) {
        if (!actor.is(Role.ADMIN) && !actor.is(Role.REGULATOR)) {
            throw Rejection.forbidden("forbidden", "Price points and payabilities are declared by a regulator or an administrator");
        }
    }
}
