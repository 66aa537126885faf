package org.mizan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.SharedData;
import org.mizan.kernel.ProvinceCode;

import tools.jackson.databind.json.JsonMapper;

class ProvincesTests {

    static final Provinces PROVINCES = new Provinces(JsonMapper.builder().build(), java.time.ZoneId.of("Asia/Karachi"));

    record DemoPlace(String name, double lat, double lon, String district, String province) {
    }

    /** Known answers: the public list of places with their district and province. */
    static Stream<DemoPlace> demoPlaces() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.path("data/reference/demo_places.csv"));
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1))
                .map(f -> new DemoPlace(f[0], Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4], f[5]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoPlaces")
    void locatesEachPublishedPlaceInItsProvince(DemoPlace place) {
        Place found = PROVINCES.locate(place.lat(), place.lon()).orElseThrow();
        assertThat(found.provinceName()).isEqualTo(place.province());
    }

    @Test
    void knowsTheSevenProvincesAndTerritories() {
        assertThat(PROVINCES.all()).extracting(p -> p.code().value())
                .containsExactlyInAnyOrder("PK-BA", "PK-KP", "PK-PB", "PK-SD", "PK-GB", "PK-JK", "PK-IS");
    }

    @Test
    void findsTheDistrictOfAPoint() {
        assertThat(PROVINCES.locate(29.10, 62.05).orElseThrow().district()).contains("Chagai");
    }

    @Test
    void aPointAbroadHasNoProvince() {
        assertThat(PROVINCES.locate(38.9, -77.0)).isEmpty();
        assertThat(PROVINCES.locate(31.5, 65.0)).isEmpty();
    }

    @Test
    void anAreaAcrossAProvincialBorderIsNotInside() {
        // Straddles the Balochistan-Sindh border north of Karachi.
        assertThat(PROVINCES.contains(new ProvinceCode("PK-BA"), LicenceTests.square(66.5, 25.2, 1.5))).isFalse();
        assertThat(PROVINCES.contains(new ProvinceCode("PK-BA"), LicenceTests.square(62.0, 29.0, 0.1))).isTrue();
    }
}
