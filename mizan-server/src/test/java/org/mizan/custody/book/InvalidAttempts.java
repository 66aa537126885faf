package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mizan.custody.RegistryFixture.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.EventFixture;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotLost;
import org.mizan.custody.LotReceived;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.ProcessInput;
import org.mizan.custody.ProcessOutput;

/**
 * Random requests that break exactly one known rule of the book; each must be refused with that rule and
 * change nothing. A reused event id is recognised before the book ({@link Resends}), and tested there.
 */
public final class InvalidAttempts {

    public final Map<CustodyRule, Integer> refused = new EnumMap<>(CustodyRule.class);

    private final List<Function<RandomHistory, Optional<Attempt>>> makers = List.of(
            this::dispatchByStranger, this::overdraw, this::receiveElsewhere, this::moveClosedLot,
            this::backdate, this::extractAtPlant, this::reuseOutputId, this::halfBadBatch, this::ghostLot);

    private record Attempt(List<CustodyEvent> events, CustodyRule expected) {
    }

    public boolean attempt(RandomHistory history) {
        Optional<Attempt> attempt = makers.get(history.random.nextInt(makers.size())).apply(history);
        if (attempt.isEmpty()) {
            return false;
        }
        var before = EventFixture.snapshot(history.book);
        long expected = history.expectedAvailableGrams();
        assertThatThrownBy(() -> history.book.applyAll(attempt.get().events()))
                .isInstanceOfSatisfying(CustodyViolation.class, v -> assertThat(v.rule()).isEqualTo(attempt.get().expected()));
        assertThat(EventFixture.snapshot(history.book)).isEqualTo(before);
        assertThat(history.expectedAvailableGrams()).isEqualTo(expected);
        refused.merge(attempt.get().expected(), 1, Integer::sum);
        return true;
    }

    private Optional<Attempt> dispatchByStranger(RandomHistory h) {
        return h.pick(h.openLots()).map(lot -> one(new LotDispatched(h.id(), h.tick(), STRANGER, lot.id(), lot.site(),
                lot.site().equals(HUB_PLANT) ? KARACHI_PORT : HUB_PLANT, EventFixture.permit(0, 1)), CustodyRule.NOT_CUSTODIAN));
    }

    private Optional<Attempt> overdraw(RandomHistory h) {
        return h.pick(h.openLots()).map(lot -> one(new LotLost(h.id(), h.tick(), lot.custodian(), lot.id(),
                lot.availableMass().plus(Mass.ofGrams(1)), "greed"), CustodyRule.MASS_NEGATIVE));
    }

    private Optional<Attempt> receiveElsewhere(RandomHistory h) {
        return h.pick(h.lots(LotStatus.IN_TRANSIT)).map(lot -> {
            var wrong = lot.destination().orElseThrow().equals(QUETTA_STORE) ? KARACHI_LAB : QUETTA_STORE;
            return one(new LotReceived(h.id(), h.tick(), h.operatorOf(wrong), lot.id(), wrong, lot.availableMass()),
                    CustodyRule.NOT_AT_DESTINATION);
        });
    }

    private Optional<Attempt> moveClosedLot(RandomHistory h) {
        List<Lot> closed = h.book.lots().stream().filter(l -> l.status().isClosed())
                .sorted(java.util.Comparator.comparing(l -> l.id().value())).toList();
        return h.pick(closed).map(lot -> one(new LotLost(h.id(), h.tick(), lot.custodian(), lot.id(), Mass.ofGrams(1), "ghost"),
                CustodyRule.LOT_CLOSED));
    }

    private Optional<Attempt> backdate(RandomHistory h) {
        return h.pick(h.openLots()).map(lot -> one(new LotLost(h.id(), lot.lastEventTime().minusMinutes(1), lot.custodian(),
                lot.id(), Mass.ofGrams(1), "backdated"), CustodyRule.TIME_BACKWARDS));
    }

    private Optional<Attempt> extractAtPlant(RandomHistory h) {
        return Optional.of(one(new LotExtracted(h.id(), h.tick(), HUB_REFINERY, h.newLotId(), HUB_PLANT, "CU-ORE",
                MaterialForm.ORE, Mass.ofGrams(1_000), Grades.none(), EventFixture.CHAGAI), CustodyRule.NOT_A_MINE));
    }

    private Optional<Attempt> reuseOutputId(RandomHistory h) {
        return h.pick(h.openLots()).flatMap(lot -> h.pick(h.book.lots().stream().filter(o -> !o.id().equals(lot.id()))
                .sorted(java.util.Comparator.comparing(o -> o.id().value())).toList()).map(other -> one(new LotsProcessed(h.id(), h.tick(),
                lot.custodian(), lot.site(), "flotation", List.of(new ProcessInput(lot.id(), Mass.ofGrams(1))),
                List.of(new ProcessOutput(other.id(), "CU-CONC", MaterialForm.CONCENTRATE, Mass.ofGrams(1), Grades.none()))),
                CustodyRule.OUTPUT_LOT_EXISTS)));
    }

    private Optional<Attempt> halfBadBatch(RandomHistory h) {
        LotId fresh = h.newLotId();
        var good = new LotExtracted(h.id(), h.tick(), FWO, fresh, CHAGAI_MINE, "CU-ORE", MaterialForm.ORE,
                Mass.ofGrams(5_000), h.gradesFor("CU-ORE"), EventFixture.CHAGAI);
        var bad = new LotDispatched(h.id(), h.tick(), STRANGER, fresh, CHAGAI_MINE, HUB_PLANT, EventFixture.permit(0, 1));
        return Optional.of(new Attempt(List.of(good, bad), CustodyRule.NOT_CUSTODIAN));
    }

    private Optional<Attempt> ghostLot(RandomHistory h) {
        return Optional.of(one(new LotLost(h.id(), h.tick(), FWO, h.newLotId(), Mass.ofGrams(1), "ghost"), CustodyRule.UNKNOWN_LOT));
    }

    private static Attempt one(CustodyEvent event, CustodyRule expected) {
        return new Attempt(List.of(event), expected);
    }
}
