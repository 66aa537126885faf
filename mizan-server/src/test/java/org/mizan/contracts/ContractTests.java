package org.mizan.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

class ContractTests {

    private static Contract.Signatory party(String id, String share) {
        return new Contract.Signatory(new PartyId(id), "company", Optional.ofNullable(share).map(BigDecimal::new), Optional.empty());
    }

    private static Contract contract(List<Contract.Signatory> parties, Disclosure disclosure) {
        return new Contract("c-1", "Lease", Contract.Type.JOINT_VENTURE, LocalDate.of(2025, 1, 1), Contract.Status.ACTIVE, parties,
                List.of(), "en", "PK", List.of("copper"), "Mining", "Contract", disclosure, List.of());
    }

    @Test
    void sharesMustMakeTheWholeWithinAHundredth() {
        Disclosure open = new Disclosure(Disclosure.Level.PUBLIC, Optional.empty(), Optional.empty());
        assertThat(contract(List.of(party("aa", "33.33"), party("bb", "33.33"), party("cc", "33.33")), open).parties()).hasSize(3);
        assertThatThrownBy(() -> contract(List.of(party("aa", "33.33"), party("bb", "33.33"), party("cc", "33.32")), open))
                .isInstanceOf(Rejection.class).hasMessageContaining("add up to 99.98 %");
        assertThat(contract(List.of(party("aa", null), party("bb", null)), open).parties()).hasSize(2);
        assertThatThrownBy(() -> contract(List.of(party("aa", "100"), party("aa", null)), open)).hasMessageContaining("each party once");
    }

    @Test
    void aConfidentialTextBecomesPublicOnItsDayAndARedactedOneNever() {
        Disclosure until = new Disclosure(Disclosure.Level.CONFIDENTIAL, Optional.of(LocalDate.of(2027, 1, 1)), Optional.empty());
        assertThat(until.textIsPublicOn(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(until.textIsPublicOn(LocalDate.of(2027, 1, 1))).isTrue();
        Disclosure redacted = new Disclosure(Disclosure.Level.REDACTED, Optional.empty(), Optional.of("Summary"));
        assertThat(redacted.textIsPublicOn(LocalDate.of(2100, 1, 1))).isFalse();
        assertThatThrownBy(() -> new Disclosure(Disclosure.Level.REDACTED, Optional.empty(), Optional.empty()))
                .hasMessageContaining("public summary");
        assertThatThrownBy(() -> new Disclosure(Disclosure.Level.CONFIDENTIAL, Optional.empty(), Optional.empty()))
                .hasMessageContaining("disclosure.until");
    }
}
