package org.mizan.log.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.log.note.Ed25519Keys;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.passport.PassportCheck.Kind;

/** The offline passport check on a hand-worked chain: it passes as built, and each tampering fails with its reason. */
class PassportVerifierTests {

    private static PassportCheck failure(Map<String, Object> passport) {
        PassportReport report = PassportVerifier.verify(passport, PassportFixture.key());
        assertThat(report.passed()).isFalse();
        return report.firstFailure().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> node, String... path) {
        Map<String, Object> current = node;
        for (String step : path) {
            current = (Map<String, Object>) current.get(step);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> disclosed(Map<String, Object> passport) {
        return (List<Map<String, Object>>) at(passport, "evidence").get("events");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 6, 1000})
    void handWorkedFiguresRecomputeWhereverTheChainSitsInTheLog(int padding) {
        PassportReport report = PassportVerifier.verify(PassportFixture.passport(padding), PassportFixture.key());
        assertThat(report.checks()).extracting(PassportCheck::kind)
                .containsExactly(Kind.SIGNATURE, Kind.INCLUSION, Kind.COMPLETENESS, Kind.CLAIMS);
        assertThat(report.passed()).as(report.toString()).isTrue();
        assertThat(report.checks().get(3).detail()).isEqualTo("All 17 fields recompute from the events, the registry facts and the format; 0 are declared.");
    }

    @Test
    void aDriedLotRecomputesWithItsDryMassAndTheMetalItHadWet() {
        PassportReport report = PassportVerifier.verify(PassportFixture.dried("150"), PassportFixture.key());
        assertThat(report.passed()).as(report.toString()).isTrue();

        // 28500 kg at the wet grade: the water written off with its share of the copper.
        PassportReport asLoss = PassportVerifier.verify(PassportFixture.dried("142.5"), PassportFixture.key());
        assertThat(asLoss.passed()).isFalse();
        assertThat(asLoss.toString()).contains("lines[0].containedKg.Cu").contains("the events give 150");
    }

    @Test
    void aStatedMassThatDiffersFromTheEventsIsNamed() {
        Map<String, Object> passport = PassportFixture.passport(3);
        at(passport, "totals").put("netMassKg", "50.001");
        PassportCheck failure = failure(passport);
        assertThat(failure.kind()).isEqualTo(Kind.CLAIMS);
        assertThat(failure.detail()).isEqualTo("Claim totals.netMassKg: the passport says 50.001, the events give 50.");
    }

    @Test
    void aHiddenUnattributedShareIsNamed() {
        Map<String, Object> passport = PassportFixture.passport(3);
        at(passport, "origin").put("unattributedShare", "0");
        at(passport, "origin", "byLicence").remove("unattributed");
        assertThat(failure(passport).detail()).isEqualTo("Claim origin.byLicence.unattributed: the passport says nothing, the events give "
                + "0.066666666667; origin.unattributedShare: the passport says 0, the events give 0.066666666667.");
    }

    @Test
    void aContainedElementMassThatDiffersIsNamed() {
        Map<String, Object> passport = PassportFixture.passport(3);
        at(passport, "totals", "containedKg").put("Cu", "13.5");
        assertThat(failure(passport).detail()).isEqualTo("Claim totals.containedKg.Cu: the passport says 13.5, the events give 13.");
    }

    @Test
    void aChangedEventIsNotInTheLog() {
        Map<String, Object> passport = PassportFixture.passport(3);
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) disclosed(passport).get(1).get("event");
        event.put("massKg", "600");
        PassportCheck failure = failure(passport);
        assertThat(failure.kind()).isEqualTo(Kind.INCLUSION);
        assertThat(failure.detail()).startsWith("Event e2 (evidence.events[1], log entry 4) is not in the log: event and salt do not hash");
    }

    @Test
    void anEventDroppedFromTheEvidenceIsNamed() {
        Map<String, Object> passport = PassportFixture.passport(3);
        disclosed(passport).remove(4);
        assertThat(failure(passport).detail()).isEqualTo("Event p2 is named in the chain (chain.steps[4].eventId) but not disclosed in evidence.events.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEventDroppedFromEvidenceAndChainBreaksTheReplay() {
        Map<String, Object> passport = PassportFixture.passport(3);
        disclosed(passport).remove(0);
        ((List<Object>) at(passport, "chain").get("steps")).remove(0);
        PassportCheck failure = failure(passport);
        assertThat(failure.kind()).isEqualTo(Kind.CLAIMS);
        assertThat(failure.detail()).isEqualTo("The events cannot be replayed: lot K is used before any disclosed event creates it.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFlippedProofByteIsNamed() {
        Map<String, Object> passport = PassportFixture.passport(3);
        List<String> proof = (List<String>) disclosed(passport).get(6).get("inclusionProof");
        byte[] hash = Base64.getDecoder().decode(proof.get(1));
        hash[0] ^= (byte) 0x80;
        proof.set(1, Base64.getEncoder().encodeToString(hash));
        assertThat(failure(passport).detail()).startsWith("Event x1 (evidence.events[6], log entry 9) is not in the log:");
    }

    @Test
    void aCheckpointCheckedAgainstAnotherKeyFailsFirst() {
        byte[] seed = new byte[Ed25519Keys.KEY_SIZE];
        new Random(99).nextBytes(seed);
        VerifierKey other = VerifierKey.ed25519(PassportFixture.LOG, Ed25519Keys.publicKeyFromSeed(seed));
        PassportReport report = PassportVerifier.verify(PassportFixture.passport(3), other);
        assertThat(report.checks()).hasSize(1);
        assertThat(report.checks().get(0).detail()).startsWith("evidence.checkpoint: the checkpoint is not signed by example.test/log");
    }

    @Test
    void aDistrictsShareIsTheSumOfItsRoundedLicenceShares() {
        PassportReport sums = PassportVerifier.verify(PassportFixture.thirds("0.666666666666"), PassportFixture.key());
        assertThat(sums.passed()).as(sums.toString()).isTrue();
        PassportCheck exact = failure(PassportFixture.thirds("0.666666666667"));
        assertThat(exact.detail()).isEqualTo("Claim origin.byDistrict.East: the passport says 0.333333333333, the events give"
                + " 0.333333333334; origin.byDistrict.West: the passport says 0.666666666667, the events give 0.666666666666;"
                + " origin.byProvince.PK-A: the passport says 0.333333333333, the events give 0.333333333334;"
                + " origin.byProvince.PK-B: the passport says 0.666666666667, the events give 0.666666666666.");
    }

    @Test
    void aLotSplitOffByAPartialDispatchRecomputesWithItsMassAndItsParentsOrigin() {
        PassportReport report = PassportVerifier.verify(PassportFixture.split("40"), PassportFixture.key());
        assertThat(report.passed()).as(report.toString()).isTrue();

        PassportReport whole = PassportVerifier.verify(PassportFixture.split("100"), PassportFixture.key());
        assertThat(whole.passed()).isFalse();
        assertThat(whole.toString()).contains("lines[0].netMassKg");
    }

    @Test
    void aProcessWithTailingsRecomputesWithTheProductsMassAndOrigin() {
        PassportReport report = PassportVerifier.verify(PassportFixture.tailings("0.0015", "K"), PassportFixture.key());
        assertThat(report.passed()).as(report.toString()).isTrue();
    }

    @Test
    void tailingsCountInTheElementBalanceOfTheirProcess() {
        // 2.88 kg of Cu in the tailings: 20.88 kg out of 20 kg in, beyond the 2 % tolerance, so part of K's origin is unattributed.
        PassportReport report = PassportVerifier.verify(PassportFixture.tailings("0.002", "K"), PassportFixture.key());
        assertThat(report.passed()).isFalse();
        assertThat(report.toString()).contains("origin.byLicence.unattributed: the passport says nothing, the events give 0.04214559387");
    }

    @Test
    void aChainThatExportsTailingsDoesNotReplay() {
        PassportReport report = PassportVerifier.verify(PassportFixture.tailings("0.0015", "T"), PassportFixture.key());
        assertThat(report.passed()).isFalse();
        assertThat(report.toString()).contains("exports lot T, which is tailings");
    }

    @Test
    void anOxideAssayRecomputesAsTheGradesOfItsElements() {
        PassportReport report = PassportVerifier.verify(PassportFixture.oxides(), PassportFixture.key());
        assertThat(report.passed()).as(report.toString()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTamperedOxideFigureInTheEventIsNotInTheLog() {
        Map<String, Object> passport = PassportFixture.oxides();
        Map<String, Object> event = (Map<String, Object>) disclosed(passport).get(1).get("event");
        ((Map<String, Object>) event.get("oxides")).put("Nd2O3", "0.36");
        PassportCheck failure = failure(passport);
        assertThat(failure.kind()).isEqualTo(Kind.INCLUSION);
        assertThat(failure.detail()).startsWith("Event r2 (evidence.events[1], log entry 3) is not in the log");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aContainedMassTakenFromTheOxideFigureAsIfItWereTheElementsIsNamed() {
        Map<String, Object> passport = PassportFixture.oxides();
        Map<String, Object> line = (Map<String, Object>) ((List<Object>) passport.get("lines")).get(0);
        at(line, "containedKg").put("Nd", "350");
        assertThat(failure(passport).detail()).isEqualTo("Claim lines[0].containedKg.Nd: the passport says 350, the events give 300.075.");
    }

    @Test
    void aV1PassportReportsThatOnlyItsFiguresAreChecked() {
        PassportReport report = PassportVerifier.verify(PassportFixture.passport(0), PassportFixture.key());
        assertThat(report.declared()).singleElement().satisfies(d -> assertThat(d.by()).startsWith("nobody: a mizan-passport/v1 passport"));
    }

    @Test
    void aPassportWithoutEvidenceIsNotAPassport() {
        Map<String, Object> passport = PassportFixture.passport(0);
        passport.remove("evidence");
        assertThatThrownBy(() -> PassportVerifier.verify(passport, PassportFixture.key()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("missing field evidence");
    }
}
