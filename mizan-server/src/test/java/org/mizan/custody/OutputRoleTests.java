package org.mizan.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mizan.custody.json.EventJson;
import org.mizan.custody.json.EventWriter;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

import tools.jackson.databind.json.JsonMapper;

/** An output's role in the event body: read strictly, written only when it is not the product, and read back equal. */
class OutputRoleTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PartyId PLANT = new PartyId("hub-refinery");
    private static final String HEAD = "{\"eventId\":\"p-1\",\"type\":\"processed\",\"time\":\"2025-10-01T00:00Z\",\"actor\":\"hub-refinery\","
            + "\"site\":\"hub-plant\",\"process\":\"flotation\",\"inputs\":[{\"lot\":\"ORE-1\",\"massKg\":\"10000\"}],\"outputs\":[";
    private static final String CONCENTRATE = "{\"lot\":\"C-1\",\"material\":\"cu-concentrate\",\"form\":\"concentrate\",\"massKg\":\"500\","
            + "\"grades\":{\"Cu\":\"0.28\"}}";

    private static String tailings(String role) {
        return "{\"lot\":\"T-1\",\"material\":\"cu-ore\",\"form\":\"ore\",\"massKg\":\"9500\",\"grades\":{\"Cu\":\"0.0008\"},\"role\":" + role + "}";
    }

    private static LotsProcessed read(String body) {
        return (LotsProcessed) EventJson.read(JSON.readTree(body), PLANT);
    }

    @Test
    void anOutputWithoutARoleIsTheProductAndIsWrittenAsBefore() {
        String body = HEAD + CONCENTRATE + "]}";
        LotsProcessed event = read(body);

        assertThat(event.outputs().get(0).role()).isEqualTo(OutputRole.PRODUCT);
        // Inputs are written from an unordered map; the outputs are as they were before roles.
        assertThat(JSON.valueToTree(EventWriter.write(event)).get("outputs").toString()).isEqualTo("[" + CONCENTRATE + "]");
    }

    @Test
    void eachRoleReadsAndTheWrittenBodyReadsBackEqual() {
        for (OutputRole role : OutputRole.values()) {
            LotsProcessed event = read(HEAD + CONCENTRATE + "," + tailings("\"" + role.code() + "\"") + "]}");
            assertThat(event.outputs().get(1).role()).isEqualTo(role);
            assertThat(EventJson.read(JSON.valueToTree(EventWriter.write(event)), PLANT)).isEqualTo(event);
        }
        assertThat(JSON.writeValueAsString(EventWriter.write(read(HEAD + tailings("\"tailings\"") + "]}")))).contains("\"role\":\"tailings\"");
    }

    @Test
    void anUnknownRoleIsInvalidAndARoleOfTheWrongTypeIsMalformed() {
        assertThatThrownBy(() -> read(HEAD + tailings("\"waste\"") + "]}")).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.type()).isEqualTo("invalid-event");
            assertThat(r.getMessage()).contains("waste");
        });
        assertThatThrownBy(() -> read(HEAD + tailings("1") + "]}")).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.type()).isEqualTo("wrong-type"));
    }
}
