package org.mizan.custody.json;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.LotAdjusted;
import org.mizan.custody.LotAssayed;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotLost;
import org.mizan.custody.LotReceived;
import org.mizan.custody.LotTransferred;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.OutputRole;
import org.mizan.custody.TransitPermit;

/**
 * Writes a recorded event in the same JSON shape the API accepts, plus its actor, with times in UTC:
 * the stored form that {@link EventJson#read} reads back to an equal event.
 */
public final class EventWriter {

    private EventWriter() {
    }

    public static Map<String, Object> write(CustodyEvent event) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("eventId", event.eventId().value());
        out.put("type", type(event));
        out.put("time", utc(event.time()));
        out.put("actor", event.actor().value());
        if (event instanceof LotExtracted e) {
            out.put("lot", e.lot().value());
            out.put("site", e.site().value());
            out.put("material", e.material());
            out.put("form", form(e.form()));
            out.put("massKg", e.mass().toKilogramsString());
            out.put("grades", grades(e.grades()));
            out.put("location", Map.of("lat", e.location().latitude(), "lon", e.location().longitude()));
        } else if (event instanceof LotDispatched e) {
            out.put("lot", e.lot().value());
            out.put("from", e.from().value());
            out.put("to", e.to().value());
            TransitPermit p = e.permit();
            Map<String, Object> permit = new LinkedHashMap<>();
            permit.put("number", p.number());
            permit.put("vehicle", p.vehicle());
            permit.put("vehicleClass", p.vehicleClass());
            permit.put("maxPayloadKg", p.maxPayload().toKilogramsString());
            permit.put("validFrom", utc(p.validFrom()));
            permit.put("validUntil", utc(p.validUntil()));
            // Written only when stated, as is the scale's resolution, so the bodies of events without them stay as they were.
            p.singleUse().ifPresent(singleUse -> permit.put("singleUse", singleUse));
            out.put("permit", permit);
            e.scaleResolution().ifPresent(resolution -> out.put("scaleResolutionKg", resolution.toKilogramsString()));
            e.part().ifPresent(part -> {
                out.put("newLot", part.newLot().value());
                out.put("massKg", part.mass().toKilogramsString());
            });
            e.release().ifPresent(release -> {
                out.put("decision", release.decision());
                out.put("recipient", release.recipient().value());
            });
        } else if (event instanceof LotReceived e) {
            out.put("lot", e.lot().value());
            out.put("site", e.site().value());
            out.put("massKg", e.mass().toKilogramsString());
            e.scaleResolution().ifPresent(resolution -> out.put("scaleResolutionKg", resolution.toKilogramsString()));
        } else if (event instanceof LotsProcessed e) {
            writeProcess(e, out);
        } else if (event instanceof LotAssayed e) {
            out.put("lot", e.lot().value());
            out.put("laboratory", e.laboratory().value());
            out.put("grades", grades(e.grades()));
            // Written only when reported, so the bodies of element-only assays stay as they were.
            if (!e.oxides().isEmpty()) {
                Map<String, String> oxides = new LinkedHashMap<>();
                e.oxides().reported().forEach((formula, grade) -> oxides.put(formula, grade.fraction().toPlainString()));
                out.put("oxides", oxides);
            }
            out.put("certificate", e.certificate());
        } else if (event instanceof ConsignmentExported e) {
            out.put("consignment", e.consignment().value());
            out.put("lots", e.lots().stream().map(LotId::value).toList());
            out.put("port", e.port().value());
            out.put("buyer", e.buyer().value());
            out.put("destinationCountry", e.destinationCountry().value());
            out.put("declaredValueUsd", e.declaredValueUsd().toPlainString());
        } else if (event instanceof LotLost e) {
            out.put("lot", e.lot().value());
            out.put("massKg", e.mass().toKilogramsString());
            out.put("reason", e.reason());
        } else if (event instanceof LotAdjusted e) {
            out.put("lot", e.lot().value());
            out.put("kind", e.kind().code());
            out.put("massKg", e.mass().toKilogramsString());
            e.moisture().ifPresent(moisture -> out.put("moisture", moisture.toPlainString()));
            e.laboratory().ifPresent(laboratory -> out.put("laboratory", laboratory.value()));
            e.sampleId().ifPresent(sample -> out.put("sampleId", sample));
        } else if (event instanceof LotTransferred e) {
            out.put("lot", e.lot().value());
            out.put("buyer", e.buyer().value());
            e.reference().ifPresent(reference -> out.put("reference", reference));
        }
        return out;
    }

    private static void writeProcess(LotsProcessed e, Map<String, Object> out) {
        out.put("site", e.site().value());
        out.put("process", e.process());
        out.put("inputs", e.inputs().stream()
                .map(i -> Map.of("lot", i.lot().value(), "massKg", i.mass().toKilogramsString())).toList());
        List<Map<String, Object>> outputs = e.outputs().stream().map(o -> {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("lot", o.lot().value());
            output.put("material", o.material());
            output.put("form", form(o.form()));
            output.put("massKg", o.mass().toKilogramsString());
            output.put("grades", grades(o.grades()));
            // A product's role is not written, so every output recorded before roles reads and hashes as it did.
            if (o.role() != OutputRole.PRODUCT) {
                output.put("role", o.role().code());
            }
            return output;
        }).toList();
        out.put("outputs", outputs);
    }

    public static String type(CustodyEvent event) {
        if (event instanceof LotExtracted) {
            return "extracted";
        }
        if (event instanceof LotDispatched) {
            return "dispatched";
        }
        if (event instanceof LotReceived) {
            return "received";
        }
        if (event instanceof LotsProcessed) {
            return "processed";
        }
        if (event instanceof LotAssayed) {
            return "assayed";
        }
        if (event instanceof LotAdjusted) {
            return "adjusted";
        }
        if (event instanceof LotTransferred) {
            return "transferred";
        }
        return event instanceof ConsignmentExported ? "exported" : "lost";
    }

    public static Map<String, String> grades(Grades grades) {
        Map<String, String> out = new LinkedHashMap<>();
        grades.fractions().forEach((element, grade) -> out.put(element.value(), grade.fraction().toPlainString()));
        return out;
    }

    public static String form(MaterialForm form) {
        return form.name().toLowerCase(Locale.ROOT);
    }

    static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }
}
