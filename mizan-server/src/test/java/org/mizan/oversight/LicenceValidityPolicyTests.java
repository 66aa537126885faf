package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.registry.Licence;

class LicenceValidityPolicyTests {

    private final LicenceValidityPolicy policy = new LicenceValidityPolicy();
    private final Licence licence = RuleFixtures.copperLicence(31.5, 72.5, new BigDecimal("1000"));

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
    void firesForASuspendedOrRevokedLicence() {
        Licence suspended = licence.suspend("inspection", LocalDate.of(2025, 6, 1));
        assertThat(policy.check(RuleFixtures.extraction(31.55, 72.55), Optional.of(suspended)).orElseThrow().figures())
                .containsEntry("status", "suspended");
        Licence revoked = licence.revoke("fraud", LocalDate.of(2025, 6, 1));
        assertThat(policy.check(RuleFixtures.extraction(31.55, 72.55), Optional.of(revoked)).orElseThrow().figures())
                .containsEntry("status", "revoked");
    }

    @Test
    void expiryIsJudgedOnTheDayOfExtractionBothSidesOfTheLastDay() {
        var lastDay = RuleFixtures.T0.withYear(2030).withMonth(12).withDayOfMonth(31).withHour(12);
        assertThat(policy.check(RuleFixtures.extraction("copper", "1000", 31.55, 72.55, lastDay), Optional.of(licence))).isEmpty();
        assertThat(policy.check(RuleFixtures.extraction("copper", "1000", 31.55, 72.55, lastDay.plusDays(1)), Optional.of(licence))
                .orElseThrow().figures()).containsEntry("status", "expired");
    }

    @Test
    void firesForALicenceMissingFromTheRegistry() {
        assertThat(policy.check(RuleFixtures.extraction(31.55, 72.55), Optional.empty()).orElseThrow().explanation())
                .contains("not in the registry");
    }
}
