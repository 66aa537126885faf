package org.mizan.custody.sequencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mizan.custody.EventFixture.*;
import static org.mizan.custody.RegistryFixture.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;
import org.mizan.custody.EventId;
import org.mizan.custody.LotLost;
import org.mizan.custody.json.EventWriter;

public class ResendsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OffsetDateTime RECORDED = OffsetDateTime.of(2025, 10, 1, 3, 0, 0, 0, ZoneOffset.UTC);

    public static Resends inOneGroup(GroupStore.Recorded... stored) {
        Map<EventId, GroupStore.Recorded> byId = new java.util.HashMap<>();
        for (GroupStore.Recorded s : stored) {
            byId.put(new EventId(s.receipt().eventId()), s);
        }
        return new Resends(byId, event -> JSON.valueToTree(EventWriter.write(event)));
    }

    private static GroupStore.Recorded stored(CustodyEvent event, long seq, long logIndex) {
        return new GroupStore.Recorded(new Receipt(event.eventId().value(), seq, RECORDED, false, logIndex),
                JSON.valueToTree(EventWriter.write(event)));
    }

    @Test
    void answersTheSecondOfTwoRequestsWithTheSameNewEventAsARepeatOfTheFirst() {
        LotLost loss = lost(FWO, "CHG-1", kg("5"), 1);
        Resends resends = inOneGroup();

        List<Resends.Outcome> first = resends.sort(List.of(loss));
        resends.admit(first);
        List<Resends.Outcome> second = resends.sort(List.of(loss));

        assertThat(first).containsExactly(new Resends.Fresh(loss));
        assertThat(second).containsExactly(new Resends.Repeated(loss.eventId()));
        assertThat(Resends.fresh(second)).isEmpty();
    }

    @Test
    void anEventRepeatedWithinOneRequestIsAppliedOnce() {
        LotLost loss = lost(FWO, "CHG-1", kg("5"), 1);

        List<Resends.Outcome> outcomes = inOneGroup().sort(List.of(loss, loss));

        assertThat(outcomes).containsExactly(new Resends.Fresh(loss), new Resends.Repeated(loss.eventId()));
        assertThat(Resends.fresh(outcomes)).containsExactly(loss);
    }

    @Test
    void aStoredEventIsAnsweredWithItsOriginalReceipt() {
        LotLost loss = lost(FWO, "CHG-1", kg("5"), 1);

        List<Resends.Outcome> outcomes = inOneGroup(stored(loss, 41, 40)).sort(List.of(loss));

        assertThat(outcomes).containsExactly(new Resends.Recorded(new Receipt(loss.eventId().value(), 41, RECORDED, true, 40L)));
    }

    @Test
    void theSameEventAtTheSameInstantInAnotherOffsetIsTheSameEvent() {
        LotLost loss = lost(FWO, "CHG-1", kg("5"), 1);
        LotLost inUtc = new LotLost(loss.eventId(), loss.time().withOffsetSameInstant(ZoneOffset.UTC), loss.actor(), loss.lot(),
                loss.mass(), loss.reason());
        Resends resends = inOneGroup();
        resends.admit(resends.sort(List.of(loss)));

        assertThat(resends.sort(List.of(inUtc))).containsExactly(new Resends.Repeated(loss.eventId()));
    }

    @Test
    void refusesADifferentEventUnderAnIdStoredOrUsedEarlierInTheGroup() {
        LotLost loss = lost(FWO, "CHG-1", kg("5"), 1);
        LotLost other = new LotLost(loss.eventId(), loss.time(), loss.actor(), loss.lot(), kg("6"), loss.reason());
        Resends resends = inOneGroup();
        resends.admit(resends.sort(List.of(loss)));

        assertThatThrownBy(() -> resends.sort(List.of(other))).isInstanceOfSatisfying(CustodyViolation.class,
                v -> assertThat(v.rule()).isEqualTo(CustodyRule.EVENT_ID_REUSED));
        assertThatThrownBy(() -> inOneGroup(stored(loss, 7, 6)).sort(List.of(other))).isInstanceOfSatisfying(CustodyViolation.class,
                v -> assertThat(v.rule()).isEqualTo(CustodyRule.EVENT_ID_REUSED));
        assertThatThrownBy(() -> inOneGroup().sort(List.of(loss, other))).isInstanceOfSatisfying(CustodyViolation.class,
                v -> assertThat(v.rule()).isEqualTo(CustodyRule.EVENT_ID_REUSED));
    }

    @Test
    void aRequestTheBookRefusedLeavesNoTraceForTheNextOne() {
        LotLost loss = lost(FWO, "CHG-1", kg("5"), 1);
        Resends resends = inOneGroup();

        resends.sort(List.of(loss));

        assertThat(resends.sort(List.of(loss))).containsExactly(new Resends.Fresh(loss));
    }

    @Test
    void answersEachEventOfARequestInItsOrderAndMarksEveryEventStoredBeforeAsReplayed() {
        LotLost loss = lost(FWO, "CHG-1", kg("5"), 1);
        LotLost older = lost(FWO, "CHG-0", kg("3"), 2);
        Resends resends = inOneGroup(stored(older, 7, 6));
        List<Resends.Outcome> outcomes = resends.sort(List.of(loss, older, loss));
        Receipt fresh = new Receipt(loss.eventId().value(), 9, RECORDED, false, 8L);

        assertThat(Resends.answer(outcomes, Map.of(loss.eventId(), fresh))).containsExactly(fresh,
                new Receipt(older.eventId().value(), 7, RECORDED, true, 6L), new Receipt(loss.eventId().value(), 9, RECORDED, true, 8L));
    }
}
