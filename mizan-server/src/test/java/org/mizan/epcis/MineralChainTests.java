package org.mizan.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotsProcessed;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;

import tools.jackson.databind.node.ObjectNode;

/** The mineral-chain documents: valid in both bindings, twins that say the same, and what custody makes of them. */
class MineralChainTests {

    static List<MineralChain.Step> steps() {
        return MineralChain.steps();
    }

    @Test
    void chainHasAtLeastTenDocumentsFromTaggingToExport() {
        assertThat(steps()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(steps().get(0).document()).contains("tagging");
        assertThat(steps().get(steps().size() - 1).document()).contains("export");
    }

    @ParameterizedTest
    @MethodSource("steps")
    void jsonAndXmlTwinsAreValidAndCarryTheSameEventsWithTheSameHashes(MineralChain.Step step) {
        var node = JsonDocuments.read(step.json());
        JsonSchema.validate(node);
        EpcisDocument json = EpcisDocument.fromJson(node);
        EpcisDocument xml = XmlDocuments.read(step.xml());
        assertThat(xml.events()).hasSameSizeAs(json.events());
        for (int i = 0; i < json.events().size(); i++) {
            assertThat(Equivalence.acrossBindings(xml.events().get(i))).isEqualTo(Equivalence.acrossBindings(json.events().get(i)));
            assertThat(EventHash.of(xml.events().get(i), xml)).isEqualTo(EventHash.of(json.events().get(i), json));
        }
    }

    @ParameterizedTest
    @MethodSource("steps")
    void everyEventButThePackingHasACustodyMeaning(MineralChain.Step step) {
        EpcisDocument json = EpcisDocument.fromJson(JsonDocuments.read(step.json()));
        for (ObjectNode event : json.events()) {
            ObjectNode withId = event.deepCopy().put("eventID", EventHash.of(event, json));
            Optional<CustodyEvent> custody = CustodyMapping.of(withId, json.context(), new PartyId(step.actor()));
            assertThat(custody.isPresent()).as(step.document()).isEqualTo(!step.document().contains("packing"));
        }
    }

    @Test
    void mapsTheFlotationToAProcessWithBothOutputsAndTheirGrades() {
        EpcisDocument json = EpcisDocument.fromJson(JsonDocuments.read(MineralChain.resource("04-flotation.jsonld")));
        ObjectNode event = json.events().get(0).deepCopy().put("eventID", "urn:uuid:test-flotation");
        CustodyEvent custody = CustodyMapping.of(event, json.context(), new PartyId("hub-minerals")).orElseThrow();
        assertThat(custody).isInstanceOf(LotsProcessed.class);
        LotsProcessed processed = (LotsProcessed) custody;
        assertThat(processed.actor()).isEqualTo(new PartyId("hub-minerals"));
        assertThat(processed.process()).isEqualTo("flotation");
        assertThat(processed.time()).isEqualTo(OffsetDateTime.parse("2025-11-10T09:00+05:00"));
        assertThat(processed.time().getOffset()).isEqualTo(ZoneOffset.ofHours(5));
        assertThat(processed.inputs().get(0).mass()).isEqualTo(Mass.ofKilograms("23960"));
        assertThat(processed.outputs().get(0).lot().value())
                .isEqualTo(DigitalLink.canonical("urn:epc:class:lgtin:896000123.0021.HUBC2511").orElseThrow());
        assertThat(processed.outputs().get(0).grades().grade(ElementSymbol.of("Nd"))).contains(Grade.of("0.135"));
        assertThat(processed.outputs().get(1).material()).isEqualTo("ree-ore");
    }

    @Test
    void mapsAPermitsStatedSingleUseFromEitherBindingAndLeavesItUnstatedWhenAbsent() {
        String xml = new String(MineralChain.resource("02-ore-shipping.xml"), StandardCharsets.UTF_8);
        String json = new String(MineralChain.resource("02-ore-shipping.jsonld"), StandardCharsets.UTF_8);
        assertThat(singleUse(XmlDocuments.read(xml.replaceFirst("</mizan:validUntil>",
                "</mizan:validUntil><mizan:singleUse>true</mizan:singleUse>").getBytes(StandardCharsets.UTF_8)))).contains(true);
        assertThat(singleUse(EpcisDocument.fromJson(JsonDocuments.read(json.replaceFirst("\"mizan:validUntil\"",
                "\"mizan:singleUse\": false, \"mizan:validUntil\"").getBytes(StandardCharsets.UTF_8))))).contains(false);
        assertThat(singleUse(EpcisDocument.fromJson(JsonDocuments.read(json.getBytes(StandardCharsets.UTF_8))))).isEmpty();
    }

    private static Optional<Boolean> singleUse(EpcisDocument document) {
        ObjectNode event = document.events().get(0).deepCopy().put("eventID", "urn:uuid:test-shipping");
        CustodyEvent custody = CustodyMapping.of(event, document.context(), new PartyId("loe-shilman")).orElseThrow();
        return ((LotDispatched) custody).permit().singleUse();
    }

    @Test
    void urnAndDigitalLinkOfALotAreOneCanonicalIdentifier() {
        assertThat(DigitalLink.canonical("urn:epc:class:lgtin:896000123.0041.HUBN2511"))
                .contains("https://id.gs1.org/01/08960001230412/10/HUBN2511")
                .isEqualTo(DigitalLink.canonical("https://id.gs1.org/01/08960001230412/10/HUBN2511?linkType=all"))
                .isEqualTo(DigitalLink.canonical("https://example.com/gtin/8960001230412/lot/HUBN2511"));
    }
}
