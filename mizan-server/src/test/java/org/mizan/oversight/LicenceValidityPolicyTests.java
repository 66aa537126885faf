package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.kernel.PartyId;
import org.mizan.registry.Licence;
import org.mizan.registry.LicenceReinstated;
import org.mizan.registry.LicenceRevoked;
import org.mizan.registry.LicenceSuspended;

class LicenceValidityPolicyTests {

    private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final PartyId REGULATOR = new PartyId("punjab-mmd");
    private static final Instant RECORDED = Instant.parse("2026-11-30T10:00:00Z");

    private final LicenceValidityPolicy policy = new LicenceValidityPolicy(province -> KARACHI);
    /** PB-ML-1: copper, granted 2024-01-01, expires 2030-12-31. */
    private final Licence licence = RuleFixtures.copperLicence(31.5, 72.5, new BigDecimal("1000"));

    private Licence suspendedFrom(LocalDate from) {
        return licence.record(new LicenceSuspended(licence.number(), from, REGULATOR, Optional.of("inspection"), RECORDED), TODAY);
    }

    private Licence revokedFrom(LocalDate from) {
        return licence.record(new LicenceRevoked(licence.number(), from, REGULATOR, Optional.of("fraud"), RECORDED), TODAY);
    }

    private Licence suspendedThenReinstated(LocalDate from, LocalDate until) {
        Licence suspended = suspendedFrom(from);
        return suspended.record(new LicenceReinstated(licence.number(), until, REGULATOR, Optional.empty(), RECORDED), TODAY);
    }

    private Optional<Finding> check(String utc, Licence judged) {
        return policy.check(RuleFixtures.extraction("copper", "1000", 31.55, 72.55, OffsetDateTime.parse(utc)), Optional.of(judged));
    }

    @Test
    void doesNotFireForAnActiveLicenceCoveringTheMineral() {
        assertThat(policy.check(RuleFixtures.extraction(31.55, 72.55), Optional.of(licence))).isEmpty();
    }

    @Test
    void firesForAMineralTheLicenceDoesNotCover() {
        Finding f = policy.check(RuleFixtures.extraction("antimony", "1000", 31.55, 72.55, RuleFixtures.T0), Optional.of(licence))
                .orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.LICENCE_NOT_VALID);
        assertThat(f.explanation()).contains("ev-x").contains("antimony").contains("[copper]");
    }

    @Test
    void firesForALicenceMissingFromTheRegistry() {
        assertThat(policy.check(RuleFixtures.extraction(31.55, 72.55), Optional.empty()).orElseThrow().explanation())
                .contains("not in the registry");
    }

    /** A suspension effective from 2026-11-20 starts at local midnight, 2026-11-19T19:00Z. */
    @ParameterizedTest(name = "{0} under a suspension from 2026-11-20: {1}")
    @CsvSource({
        "2026-11-19T18:59:00Z, active",
        "2026-11-19T19:00:00Z, suspended",
        "2026-11-19T19:01:00Z, suspended",
        "2026-11-19T20:30:00Z, suspended",
        "2026-10-02T08:00:00Z, active",
    })
    void judgesASuspensionFromLocalMidnight(String at, String expected) {
        assertJudged(check(at, suspendedFrom(LocalDate.of(2026, 11, 20))), expected);
    }

    /** Reinstated from 2026-11-25: an extraction dated inside the suspension is flagged though the record came later. */
    @ParameterizedTest(name = "{0} suspended 2026-11-20, reinstated 2026-11-25: {1}")
    @CsvSource({
        "2026-11-19T18:59:00Z, active",
        "2026-11-22T06:00:00Z, suspended",
        "2026-11-24T18:59:00Z, suspended",
        "2026-11-24T19:00:00Z, active",
        "2026-11-24T19:01:00Z, active",
    })
    void judgesByTheStatusInForceAtTheEventsTimeNotToday(String at, String expected) {
        assertJudged(check(at, suspendedThenReinstated(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25))), expected);
    }

    /** Granted 2024-01-01: the title exists from local midnight, 2023-12-31T19:00Z. */
    @ParameterizedTest(name = "{0} against a grant of 2024-01-01: {1}")
    @CsvSource({
        "2023-12-31T18:59:00Z, not-yet-granted",
        "2023-12-31T19:00:00Z, active",
        "2023-12-31T19:01:00Z, active",
        "2023-06-01T12:00:00Z, not-yet-granted",
    })
    void extractionBeforeTheGrantIsAViolation(String at, String expected) {
        assertJudged(check(at, licence), expected);
    }

    @ParameterizedTest(name = "{0} against a revocation from 2026-11-20: {1}")
    @CsvSource({
        "2026-11-19T18:59:00Z, active",
        "2026-11-19T19:00:00Z, revoked",
        "2026-11-19T19:01:00Z, revoked",
        "2026-11-30T12:00:00Z, revoked",
    })
    void extractionAfterRevocationIsAViolation(String at, String expected) {
        assertJudged(check(at, revokedFrom(LocalDate.of(2026, 11, 20))), expected);
    }

    /** Expires 2030-12-31: its last local day ends at 2030-12-31T19:00Z. */
    @ParameterizedTest(name = "{0} against an expiry of 2030-12-31: {1}")
    @CsvSource({
        "2030-12-31T18:59:00Z, active",
        "2030-12-31T19:00:00Z, expired",
        "2030-12-31T19:01:00Z, expired",
    })
    void expiryIsJudgedOnTheLocalDayBothSidesOfTheLastDay(String at, String expected) {
        assertJudged(check(at, licence), expected);
    }

    @Test
    void theZoneComesFromTheProvinceNotFromTheRule() {
        Licence suspended = suspendedFrom(LocalDate.of(2026, 11, 20));
        LicenceValidityPolicy onUtc = new LicenceValidityPolicy(province -> ZoneOffset.UTC);
        var extraction = RuleFixtures.extraction("copper", "1000", 31.55, 72.55, OffsetDateTime.parse("2026-11-19T20:30:00Z"));
        assertThat(onUtc.check(extraction, Optional.of(suspended))).as("on a UTC calendar it is still the 19th").isEmpty();
        Finding f = policy.check(extraction, Optional.of(suspended)).orElseThrow();
        assertThat(f.figures()).containsEntry("localDay", "2026-11-20").containsEntry("timeZone", "Asia/Karachi")
                .containsEntry("extractedAt", "2026-11-19T20:30Z");
        assertThat(f.explanation()).contains("was suspended on 2026-11-20 (Asia/Karachi");
    }

    private static void assertJudged(Optional<Finding> finding, String expected) {
        if (expected.equals("active")) {
            assertThat(finding).isEmpty();
            return;
        }
        Finding f = finding.orElseThrow(() -> new AssertionError("expected a finding for status " + expected));
        assertThat(f.rule()).isEqualTo(RuleCode.LICENCE_NOT_VALID);
        assertThat(f.figures()).containsEntry("status", expected);
    }
}
