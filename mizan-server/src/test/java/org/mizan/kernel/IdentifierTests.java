package org.mizan.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTests {

    @ParameterizedTest
    @ValueSource(strings = {"fwo", "usa-strategic-metals", "a1", "0-9"})
    void acceptsLowercaseSlugsAsPartyAndSiteIds(String slug) {
        assertThat(new PartyId(slug).value()).isEqualTo(slug);
        assertThat(new SiteId(slug).value()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "-fwo", "fwo_mine", "fwo mine", "ümit", "chagai-pit-\u212a"})
    void rejectsOtherPartyAndSiteIds(String slug) {
        assertThatThrownBy(() -> new PartyId(slug)).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> new SiteId(slug)).isInstanceOf(Rejection.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHAGAI-PIT-1", "Chagai-Pit-1", "chagai-PIT-1"})
    void keepsASiteIdWrittenInAnyCaseInLowerCase(String written) {
        assertThat(new SiteId(written)).isEqualTo(new SiteId("chagai-pit-1"));
        assertThat(new SiteId(written).value()).isEqualTo("chagai-pit-1");
        assertThatThrownBy(() -> new PartyId("FWO")).isInstanceOf(Rejection.class);
    }

    @Test
    void aLotIdIsOneLotInAnyCaseAndKeepsItsSpelling() {
        LotId written = new LotId("CHG-ORE-2025-0001");
        assertThat(written).isEqualTo(new LotId("chg-ore-2025-0001")).hasSameHashCodeAs(new LotId("Chg-Ore-2025-0001"));
        assertThat(written.value()).isEqualTo("CHG-ORE-2025-0001");
        assertThat(written.key()).isEqualTo("chg-ore-2025-0001");
        assertThat(written).isNotEqualTo(new LotId("CHG-ORE-2025-0002"));
    }

    @Test
    void rejectsSlugsLongerThanSixtyFourCharacters() {
        assertThat(new PartyId("a".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new PartyId("a".repeat(65))).isInstanceOf(Rejection.class);
    }

    @Test
    void keepsLicenceNumbersVerbatim() {
        assertThat(new LicenceNumber("BAL-ML-2019-07").value()).isEqualTo("BAL-ML-2019-07");
        assertThatThrownBy(() -> new LicenceNumber("BAL ML")).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> new LicenceNumber("")).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> new LicenceNumber("x".repeat(65))).isInstanceOf(Rejection.class);
    }

    @Test
    void acceptsTagCodesAndLgtinUrnsAsLotIds() {
        assertThat(new LotId("CHG-2025-000123").isLgtin()).isFalse();
        assertThat(new LotId("bag:17/a.b_c-d").value()).isEqualTo("bag:17/a.b_c-d");
        LotId lgtin = new LotId("urn:epc:class:lgtin:4012345.012345.998877");
        assertThat(lgtin.isLgtin()).isTrue();
        assertThat(lgtin.value()).isEqualTo("urn:epc:class:lgtin:4012345.012345.998877");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-lead", "has space", "urn:epc:class:lgtin:4012345.012345",
            "urn:epc:class:lgtin:401234.012345.1", "urn:epc:class:lgtin:4012345.0123456.1"})
    void rejectsMalformedLotIds(String value) {
        assertThatThrownBy(() -> new LotId(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsCapitalisedElementSymbolsOnly() {
        assertThat(ElementSymbol.of("Nd").value()).isEqualTo("Nd");
        assertThat(ElementSymbol.of("U").value()).isEqualTo("U");
        for (String bad : new String[] {"nd", "ND", "Ndx", "", "1"}) {
            assertThatThrownBy(() -> ElementSymbol.of(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void acceptsTwoCapitalLettersAsCountryCode() {
        assertThat(new CountryCode("US").value()).isEqualTo("US");
        for (String bad : new String[] {"us", "USA", "U", "1A"}) {
            assertThatThrownBy(() -> new CountryCode(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
