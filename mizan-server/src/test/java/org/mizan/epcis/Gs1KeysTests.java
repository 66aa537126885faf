package org.mizan.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.SharedData;

/** GS1 keys: the EPC Tag Data Standard's own examples are keys, and each way of not being one is named. */
class Gs1KeysTests {

    @ParameterizedTest
    @CsvSource({
        // GS1 EPC Tag Data Standard 2.0, the examples of sections 6.3.1 to 6.3.5
        "urn:epc:id:sgtin:0614141.812345.6789, https://id.gs1.org/01/80614141123458/21/6789",
        "urn:epc:id:sscc:0614141.1234567890, https://id.gs1.org/00/106141412345678908",
        "urn:epc:id:sgln:0614141.12345.400, https://id.gs1.org/414/0614141123452/254/400",
        "urn:epc:id:grai:0614141.12345.400, https://id.gs1.org/8003/00614141123452400",
        "urn:epc:id:giai:0614141.32a%2Fb, https://id.gs1.org/8004/061414132a%2Fb"})
    void theTagDataStandardsExamplesAreKeysWithTheirElementStrings(String urn, String digitalLink) {
        assertThat(Gs1Keys.problem(urn)).isEmpty();
        assertThat(DigitalLink.canonical(urn)).contains(digitalLink);
        assertThat(Gs1Keys.problem(digitalLink)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "urn:epc:id:sscc:896000123.0000004711         | 17 digits together",
        "urn:epc:id:sgtin:0614141.81234.6789          | 13 digits together",
        "urn:epc:class:lgtin:0614141.8123456.L1       | 13 digits together",
        "urn:epc:id:sgln:0614141.1234.400             | 12 digits together",
        "https://id.gs1.org/01/80614141123457/21/6789 | check digit of the GTIN 80614141123457 is 8, not 7",
        "https://example.com/gtin/614141123459        | check digit of the GTIN 614141123459 is 2, not 9",
        "https://id.gs1.org/01/806141411234/21/6789   | check digit",
        "https://id.gs1.org/01/8061414112345          | check digit",
        "https://id.gs1.org/01/80614141123458999      | 8, 12, 13 or 14 digits",
        "https://id.gs1.org/00/10614141234567890      | starts with 18 digits",
        "https://id.gs1.org/00/1061414123456789080    | exactly 18 digits",
        "https://id.gs1.org/414/0614141123453         | check digit",
        "https://id.gs1.org/8003/00614141123451400    | check digit"})
    void namesWhyAValueInAGs1FormIsNoKey(String value, String reason) {
        assertThat(Gs1Keys.problem(value)).hasValueSatisfying(p -> assertThat(p).contains(reason));
    }

    @Test
    void leavesValuesInNoGs1FormAlone() {
        for (String value : List.of("https://mizan.invalid/party/usm", "https://mizan.invalid/site/karachi-port", "geo:34.172,71.182",
                "urn:uuid:6f1c1c3e-0000-4000-8000-000000000001", "urn:epc:id:adi:2S.0.ABC", "https://example.com/party/somebody")) {
            assertThat(Gs1Keys.problem(value)).as(value).isEmpty();
        }
    }

    @Test
    void everyIdentifierOfGs1sOwnExampleDocumentsIsAKey() throws IOException {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SharedData.path("epcis/gs1/JSON"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jsonld")).sorted().toList()) {
                if (file.getFileName().toString().equals(JsonSchemaTests.DUPLICATE_KEY)) {
                    continue;
                }
                EpcisDocument document = EpcisDocument.fromJson(JsonDocuments.MAPPER.readTree(Files.readAllBytes(file)));
                for (var event : document.events()) {
                    for (String[] identifier : Gs1Keys.identifiers(event)) {
                        assertThat(Gs1Keys.problem(identifier[1])).as(file.getFileName() + " " + identifier[0] + " " + identifier[1]).isEmpty();
                        checked.add(identifier[1]);
                    }
                }
            }
        }
        assertThat(checked.stream().filter(v -> DigitalLink.canonical(v).isPresent()).distinct().count()).isGreaterThan(50);
    }

    @Test
    void everyIdentifierOfTheMineralChainIsAKeyOrAMizanUri() {
        for (MineralChain.Step step : MineralChain.steps()) {
            for (EpcisDocument document : List.of(EpcisDocument.fromJson(JsonDocuments.read(step.json())), XmlDocuments.read(step.xml()))) {
                for (var event : document.events()) {
                    for (String[] identifier : Gs1Keys.identifiers(event)) {
                        assertThat(Gs1Keys.problem(identifier[1])).as(step.document() + " " + identifier[1]).isEmpty();
                    }
                }
            }
        }
    }
}
