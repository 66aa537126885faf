package org.mizan.registry;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

@RestController
class LicenceController {

    record CapacityPayload(String mineral, BigDecimal annualCapacityTonnes) {

        CapacityPayload {
            RequiredFields.check("mineral", mineral, "annualCapacityTonnes", annualCapacityTonnes);
        }
    }

    record LicenceRequest(String number, String type, String holder, String province, List<CapacityPayload> minerals,
            JsonNode area, LocalDate granted, LocalDate expires, List<LicenceHistoryController.StatusRequest> history) {

        LicenceRequest {
            RequiredFields.check("number", number, "type", type, "holder", holder, "province", province, "minerals", minerals,
                    "area", area, "granted", granted, "expires", expires);
            if (area.isNull()) {
                RequiredFields.check("area", null);
            }
        }

        Licence toLicence() {
            return Licence.grant(new LicenceNumber(number), LicenceType.of(type), new PartyId(holder),
                    new ProvinceCode(province),
                    minerals.stream().map(m -> new MineralCapacity(m.mineral(), m.annualCapacityTonnes())).toList(),
                    GeoJson.read(area), granted, expires);
        }

        /** The decisions already taken on an older licence brought into the register; none for a new grant. */
        List<LicenceOffice.Decision> past() {
            return history == null ? List.of() : history.stream().map(LicenceHistoryController.StatusRequest::toDecision).toList();
        }
    }

    record TransitionRequest(String action, String note) {

        TransitionRequest {
            RequiredFields.check("action", action);
        }
    }

    record LicenceView(String number, String type, String holder, String province, List<CapacityPayload> minerals,
            Map<String, Object> area, LocalDate granted, LocalDate expires, String status, String statusNote) {

        static LicenceView of(Licence l, LocalDate today) {
            return new LicenceView(l.number().value(), l.type().code(), l.holder().value(), l.province().value(),
                    l.minerals().stream().map(m -> new CapacityPayload(m.mineral(), m.annualCapacityTonnes())).toList(),
                    GeoJson.write(l.area()), l.granted(), l.expires(), l.statusOn(today).code(), l.statusNote().orElse(null));
        }
    }

    record PlaceView(double lat, double lon, String province, String provinceName, String district,
            List<LicenceView> licences) {
    }

    private final LicenceOffice office;
    private final Registry registry;
    private final CurrentActor actor;

    LicenceController(LicenceOffice office, Registry registry, CurrentActor actor) {
        this.office = office;
        this.registry = registry;
        this.actor = actor;
    }

    @GetMapping("/api/v1/licences")
    List<LicenceView> search(@RequestParam Optional<String> province, @RequestParam Optional<String> mineral,
            @RequestParam Optional<String> holder) {
        LocalDate today = office.today();
        return office.search(province.map(ProvinceCode::new), mineral, holder.map(PartyId::new)).stream()
                .map(l -> LicenceView.of(l, today)).toList();
    }

    @GetMapping("/api/v1/licences/at")
    PlaceView at(@RequestParam double lat, @RequestParam double lon) {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new Rejection(Rejection.Kind.MALFORMED, "invalid-coordinates",
                    "lat must be -90..90 and lon -180..180", Map.of());
        }
        LocalDate today = office.today();
        Optional<Place> place = registry.provinces().locate(lat, lon);
        return new PlaceView(lat, lon, place.map(p -> p.province().value()).orElse(null),
                place.map(Place::provinceName).orElse(null), place.flatMap(Place::district).orElse(null),
                office.at(lat, lon).stream().map(l -> LicenceView.of(l, today)).toList());
    }

    @GetMapping("/api/v1/licences/{number}")
    LicenceView one(@PathVariable String number) {
        return registry.licence(new LicenceNumber(number)).map(l -> LicenceView.of(l, office.today()))
                .orElseThrow(() -> Rejection.notFound("unknown-licence", "No licence " + Rejection.quote(number) + " is registered"));
    }

    @PostMapping("/api/v1/licences")
    ResponseEntity<LicenceView> grant(@RequestBody LicenceRequest request) {
        Licence licence = office.grant(actor.require(), request.toLicence(), request.past());
        return ResponseEntity.created(URI.create("/api/v1/licences/" + licence.number()))
                .body(LicenceView.of(licence, office.today()));
    }

    @PostMapping("/api/v1/licences/{number}/transitions")
    LicenceView transition(@PathVariable String number, @RequestBody TransitionRequest request) {
        LicenceOffice.Transition transition = switch (String.valueOf(request.action())) {
            case "suspend" -> LicenceOffice.Transition.SUSPEND;
            case "reinstate" -> LicenceOffice.Transition.REINSTATE;
            case "revoke" -> LicenceOffice.Transition.REVOKE;
            default -> throw Rejection.invalid("unknown-action",
                    "Action must be suspend, reinstate or revoke, got " + Rejection.quote(request.action()));
        };
        return LicenceView.of(office.change(actor.require(), new LicenceNumber(number), transition, request.note()),
                office.today());
    }
}
