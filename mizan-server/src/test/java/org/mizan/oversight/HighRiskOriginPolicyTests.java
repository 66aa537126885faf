package org.mizan.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.ProvinceCode;
import org.mizan.registry.Place;

class HighRiskOriginPolicyTests {

    private final HighRiskOriginPolicy policy = new HighRiskOriginPolicy(List.of("PK-PB/Khushab", "PK-KP"));

    private Optional<Finding> at(String province, String name, String district) {
        return policy.check(RuleFixtures.extraction(32.2, 72.1), Optional.of(new Place(new ProvinceCode(province), name, Optional.of(district))));
    }

    @Test
    void firesForAListedDistrictCitingTheGuidance() {
        Finding f = at("PK-PB", "Punjab", "Khushab").orElseThrow();
        assertThat(f.rule()).isEqualTo(RuleCode.HIGH_RISK_ORIGIN);
        assertThat(f.explanation()).contains("OECD").contains("Khushab").contains("ev-x");
        assertThat(f.figures()).containsEntry("area", "PK-PB/Khushab");
    }

    @Test
    void doesNotFireForAnotherDistrictOfTheSameProvince() {
        assertThat(at("PK-PB", "Punjab", "Jhang")).isEmpty();
    }

    @Test
    void aListedProvinceCoversEveryDistrictAndUnlocatedPointsRaiseNothing() {
        assertThat(at("PK-KP", "Khyber Pakhtunkhwa", "Chitral")).isPresent();
        assertThat(policy.check(RuleFixtures.extraction(32.2, 72.1), Optional.empty())).isEmpty();
    }
}
