package org.mizan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mizan.kernel.Rejection;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTests {

    record Sample(String name, Double lat, BigDecimal tonnes, Integer count, Boolean active, LocalDate granted,
            List<String> tags) {
    }

    private final JsonMapper json = StrictJson.mapper();

    @Test
    void readsValuesWrittenInTheirOwnShape() {
        Sample s = json.readValue("""
                {"name":"a","lat":-1,"tonnes":1200,"count":3,"active":true,"granted":"2024-01-02","tags":["x"]}""", Sample.class);
        assertThat(s).isEqualTo(new Sample("a", -1.0, new BigDecimal("1200"), 3, true, LocalDate.of(2024, 1, 2), List.of("x")));
        assertThat(json.readValue("{\"lat\":33.5,\"tonnes\":0.25}", Sample.class).lat()).isEqualTo(33.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\":123}", "{\"name\":1.5}", "{\"name\":true}", "{\"name\":{}}", "{\"name\":[]}",
            "{\"lat\":\"-1\"}", "{\"lat\":\"\"}", "{\"lat\":true}",
            "{\"tonnes\":\"1200\"}", "{\"count\":\"3\"}", "{\"count\":3.5}", "{\"count\":true}",
            "{\"active\":\"true\"}", "{\"active\":1}",
            "{\"granted\":123}", "{\"granted\":1.5}", "{\"granted\":\"\"}",
            "{\"tags\":\"x\"}",
            "{\"name\":\"operator\",\"name\":\"admin\"}",
            "{\"name\":\"a\"} {}"})
    void refusesEveryOtherShapeAndRepeatedKeys(String body) {
        assertThatThrownBy(() -> json.readValue(body, Sample.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void refusesRepeatedKeysInTrees() {
        assertThatThrownBy(() -> json.readTree("{\"a\":{\"role\":1,\"role\":2}}")).isInstanceOf(JacksonException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"lat\":\"-1\"}|wrong-type|lat",
            "{\"name\":7}|wrong-type|name",
            "{\"granted\":123}|wrong-type|granted",
            "{\"granted\":\"1st of January\"}|malformed-body|granted",
            "{\"tags\":[\"a\",{}]}|wrong-type|tags[1]",
            "{\"name\":\"a\",\"name\":\"b\"}|duplicate-field|name",
            "{\"colour\":\"grey\"}|unknown-field|colour"})
    void namesTheRefusalAndTheField(String body, String type, String field) {
        try {
            json.readValue(body, Sample.class);
        } catch (JacksonException e) {
            Rejection refusal = JsonRefusal.of(e);
            assertThat(refusal.type()).isEqualTo(type);
            assertThat(refusal.properties()).containsEntry("field", field);
            assertThat(refusal.kind()).isEqualTo(Rejection.Kind.MALFORMED);
            return;
        }
        throw new AssertionError("accepted " + body);
    }
}
