package org.mizan.custody.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.ElementBalance;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.ProcessBalance;
import org.mizan.custody.ProcessInput;
import org.mizan.custody.ProcessOutput;

/**
 * Transforming: inputs are consumed at one site, new output lots appear there in the actor's custody.
 * The element balance is recorded, not enforced, and each output inherits the mass-balance mix of
 * the inputs' origins.
 */
final class Transforming {

    private final Catalogue catalogue;
    private final ElementBalancePolicy policy;
    private final StoichiometricGradePolicy grades;

    Transforming(Catalogue catalogue, ElementBalancePolicy policy, StoichiometricGradePolicy grades) {
        this.catalogue = catalogue;
        this.policy = policy;
        this.grades = grades;
    }

    /** An input lot as it was before this process, and how much of it the process took. */
    private record Feed(Lot lot, Mass mass) {
    }

    ProcessBalance apply(LotsProcessed event, Staging staging) {
        List<Feed> feeds = consume(event, staging);
        requireNewOutputs(event, staging);
        event.outputs().forEach(output -> grades.check(output.lot().value(), output.material(), output.grades()));
        ProcessBalance balance = new ProcessBalance(event.eventId(), event.site(), event.actor(), event.process(),
                policy.evaluate(containedIn(feeds), containedOut(event)));
        PartyId owner = commonOwner(feeds, event.actor());
        Map<ElementSymbol, OriginVector> origins = new TreeMap<>();
        for (ProcessOutput output : event.outputs()) {
            ElementSymbol primary = catalogue.requirePrimaryElement(output.material());
            OriginVector origin = origins.computeIfAbsent(primary, element -> inherited(feeds, element, balance));
            staging.put(Lot.produced(event, output, owner, origin));
        }
        return balance;
    }

    private static List<Feed> consume(LotsProcessed event, Staging staging) {
        List<Feed> feeds = new ArrayList<>();
        for (ProcessInput input : event.inputs()) {
            Lot lot = staging.existing(input.lot());
            staging.put(lot.consumed(event.actor(), event.site(), input.mass(), event.time()));
            feeds.add(new Feed(lot, input.mass()));
        }
        return feeds;
    }

    private static void requireNewOutputs(LotsProcessed event, Staging staging) {
        for (ProcessOutput output : event.outputs()) {
            if (staging.exists(output.lot())) {
                throw new CustodyViolation(CustodyRule.OUTPUT_LOT_EXISTS,
                        "output lot " + output.lot() + " of process " + event.process() + " is already on the books");
            }
        }
    }

    private static Map<ElementSymbol, Mass> containedIn(List<Feed> feeds) {
        Map<ElementSymbol, Mass> contained = new TreeMap<>();
        feeds.forEach(feed -> feed.lot().grades().containedGrams(feed.mass())
                .forEach((element, mass) -> contained.merge(element, mass, Mass::plus)));
        return contained;
    }

    private static Map<ElementSymbol, Mass> containedOut(LotsProcessed event) {
        Map<ElementSymbol, Mass> contained = new TreeMap<>();
        event.outputs().forEach(output -> output.grades().containedGrams(output.mass())
                .forEach((element, mass) -> contained.merge(element, mass, Mass::plus)));
        return contained;
    }

    // Toll processing leaves ownership with the supplier; a blend of several owners' lots belongs to the processor.
    private static PartyId commonOwner(List<Feed> feeds, PartyId actor) {
        Set<PartyId> owners = feeds.stream().map(feed -> feed.lot().owner()).collect(Collectors.toSet());
        return owners.size() == 1 ? owners.iterator().next() : actor;
    }

    /**
     * Weights are the grams of the output's primary element each input brought; an input never assayed
     * for that element weighs by its gross consumed mass, and so do all inputs if none brought any.
     * A breached balance of that element adds its unexplained fraction as an UNATTRIBUTED share.
     */
    private static OriginVector inherited(List<Feed> feeds, ElementSymbol primary, ProcessBalance balance) {
        List<OriginVector.Contribution> byElement = new ArrayList<>();
        List<OriginVector.Contribution> byGross = new ArrayList<>();
        for (Feed feed : feeds) {
            Mass weight = feed.lot().grades().contained(primary, feed.mass()).orElse(feed.mass());
            byElement.add(new OriginVector.Contribution(feed.lot().origin(), weight));
            byGross.add(new OriginVector.Contribution(feed.lot().origin(), feed.mass()));
        }
        boolean noneBrought = byElement.stream().allMatch(c -> c.weight().isZero());
        OriginVector mixed = OriginVector.mix(noneBrought ? byGross : byElement);
        BigDecimal unexplained = balance.balance(primary).map(ElementBalance::unexplainedFraction).orElse(BigDecimal.ZERO);
        return mixed.withUnattributed(unexplained);
    }
}
