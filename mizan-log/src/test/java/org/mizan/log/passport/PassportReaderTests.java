package org.mizan.log.passport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's published passport, as the server wrote it, reads into the records and writes back as the same
 * document; a document that is not one is refused with the field named.
 */
class PassportReaderTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOCUMENT = resource("demo-passport.json");

    private static String resource(String name) {
        try (InputStream in = PassportReaderTests.class.getResourceAsStream("/passport/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aPublishedPassportReadsAndWritesBackAsTheSameDocument() {
        Passport passport = PassportReader.read(DOCUMENT);
        assertThat(passport.lines()).extracting(PassportLine::netMassKg).containsExactly("1000", "320", "95", "11500");
        assertThat(passport.lines().get(0).valueChainStage().stageOnLadder()).isEqualTo(2);
        assertThat(passport.alerts().open().get(0).finding()).isNull();
        assertThat(passport.evidence().events()).hasSize(31);
        assertThat(JSON.readTree(PassportWriter.write(passport))).isEqualTo(JSON.readTree(DOCUMENT));
    }

    @Test
    void writingKeepsTheRecordsOrderAndTheMassesAsText() {
        String written = PassportWriter.write(PassportReader.read(DOCUMENT));
        assertThat(written).startsWith("{\"format\":\"mizan-passport/v2\",\"passportIdentifier\":\"PK-EXP-2025-10-0001\","
                + "\"generalInformation\":{\"consignment\":\"PK-EXP-2025-10-0001\",\"exporter\":{\"id\":\"fwo\",\"name\":"
                + "\"Frontier Works Organisation\"}");
        assertThat(written).contains("\"valueChainStage\":{\"step\":\"beneficiation\",\"description\":\"upgraded concentrate\","
                + "\"stageOnLadder\":2},\"netMassKg\":\"1000\",\"containedKg\":{\"Au\":\"0.015\",\"Cu\":\"268.4\"}");
        assertThat(written).contains("\"finding\":null").endsWith(",\"publication\":\"published 2026-12-02T07:07:23Z\"}");
        assertThat(PassportWriter.write(PassportReader.read(written))).isEqualTo(written);
    }

    @Test
    void aRepeatedKeyIsRefused() {
        assertThatThrownBy(() -> PassportReader.read("{\"format\":\"a\",\"format\":\"b\"}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format");
    }

    @Test
    void aNumberWhereTheFormatHasTextIsRefusedNamingTheField() {
        String changed = DOCUMENT.replace("\"netMassKg\":\"12915\"", "\"netMassKg\":12915");
        assertThatThrownBy(() -> PassportReader.read(changed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("field totals.netMassKg: ");
    }

    @Test
    void textWhereTheFormatHasANumberIsRefusedNamingTheField() {
        String changed = DOCUMENT.replace("\"stageOnLadder\":4", "\"stageOnLadder\":\"4\"");
        assertThatThrownBy(() -> PassportReader.read(changed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("field lines[1].valueChainStage.stageOnLadder: ");
    }

    @Test
    void aNullInAListIsRefused() {
        String changed = DOCUMENT.replace("\"forms\":[\"concentrate\",\"oxide\"]", "\"forms\":[\"concentrate\",null]");
        assertThatThrownBy(() -> PassportReader.read(changed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("field totals.forms");
    }

    @Test
    void aFieldOutsideTheFormatIsRefusedByTheReaderAndKeptByPathForTheVerifier() {
        String changed = DOCUMENT.replace("\"totals\":{", "\"totals\":{\"certified\":{\"by\":[\"x\"]},");
        assertThatThrownBy(() -> PassportReader.read(changed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field totals.certified.by[0] is not in the passport format");
        assertThat(PassportReader.parse(changed).outsideFormat()).containsOnlyKeys("totals.certified.by[0]");
    }

    @Test
    void somethingAfterTheDocumentIsRefused() {
        assertThatThrownBy(() -> PassportReader.read(DOCUMENT + " {}")).isInstanceOf(IllegalArgumentException.class);
    }
}
