package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.Grades;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;

class SubmitterPolicyTests {

    private static final PartyId HUB = new PartyId("epcis-hub");
    private static final PartyId MINER = new PartyId("fwo");
    private static final PartyId PLANT = new PartyId("hub-minerals");
    private static final Instant NOW = Instant.parse("2025-12-03T09:00:00Z");

    private final List<PartyId> asked = new ArrayList<>();

    /** The register of this test: the miner delegated to the hub, the plant did not. */
    private SubmitterPolicy policy() {
        return new SubmitterPolicy((submitter, actor, at) -> {
            asked.add(actor);
            assertThat(at).isEqualTo(NOW);
            return submitter.equals(HUB) && Set.of(MINER).contains(actor);
        }, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void acceptsEventsOfTheSubmitterItselfWithoutAskingTheRegister() {
        policy().check(MINER, List.of(extraction(MINER, "E-1"), extraction(MINER, "E-2")));
        assertThat(asked).isEmpty();
    }

    @Test
    void acceptsEventsOfPrincipalsThatDelegatedAskingOncePerActor() {
        policy().check(HUB, List.of(extraction(MINER, "E-1"), extraction(HUB, "E-2"), extraction(MINER, "E-3")));
        assertThat(asked).containsExactly(MINER);
    }

    @Test
    void refusesAtTheFirstEventOfAPartyThatDidNotDelegateNamingItsIndexAndId() {
        List<CustodyEvent> batch = List.of(extraction(MINER, "E-1"), extraction(PLANT, "E-2"), extraction(PLANT, "E-3"));
        Rejection refused = catchThrowableOfType(Rejection.class, () -> policy().check(HUB, batch));
        assertThat(refused.kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
        assertThat(refused.type()).isEqualTo("not-delegated");
        assertThat(refused.properties()).containsEntry("index", 1).containsEntry("eventId", "E-2").containsEntry("field", "actor");
        assertThat(refused.getMessage()).contains("hub-minerals", "epcis-hub");
    }

    @Test
    void aDelegationGoesOneWayOnly() {
        assertThatThrownBy(() -> policy().check(MINER, List.of(extraction(HUB, "E-1"))))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.type()).isEqualTo("not-delegated"));
    }

    private static LotExtracted extraction(PartyId actor, String id) {
        return new LotExtracted(new EventId(id), EventFixture.hour(1), actor, EventFixture.lot("LOT-" + id), new SiteId("chagai-copper-pit"),
                "cu-ore", MaterialForm.ORE, EventFixture.kg("1000"), Grades.none(), EventFixture.CHAGAI);
    }
}
