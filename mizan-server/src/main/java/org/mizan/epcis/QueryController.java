package org.mizan.epcis;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.mizan.kernel.Rejection;
import org.mizan.security.Actor;
import org.mizan.security.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The query interface of the EPCIS 2.0 REST binding: events, one event, and the browse endpoints. */
@RestController
class QueryController {

    private static final Map<String, String> BROWSE = Map.of("eventTypes", "event_type", "bizSteps", "biz_step",
            "dispositions", "disposition", "readPoints", "read_point", "bizLocations", "biz_location");

    private final EpcisEvents events;
    private final Readers readers;
    private final CurrentActor currentActor;
    private final CaptureLimits limits;
    private final Clock clock;

    QueryController(EpcisEvents events, Readers readers, CurrentActor currentActor, CaptureLimits limits, Clock clock) {
        this.events = events;
        this.readers = readers;
        this.currentActor = currentActor;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping("/epcis/events")
    ResponseEntity<String> query(@RequestParam Map<String, String> parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Actor actor = currentActor.require();
        int perPage = Page.perPage(parameters.get("perPage"));
        EventQuery query = EventQuery.of(parameters);
        Page page = Page.of(events.query(query, readers.of(actor), Page.seqAfter(parameters.get("nextPageToken")), perPage),
                perPage);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().headers(limits.versionHeaders());
        if (page.nextPageToken() != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("nextPageToken", page.nextPageToken())
                    .build().toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        ObjectNode document = queryDocument(page.events());
        return respond(answer, document, accept);
    }

    @GetMapping("/epcis/events/{eventId}")
    ResponseEntity<String> event(@PathVariable String eventId, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Actor actor = currentActor.require();
        JsonNode event = events.find(eventId, readers.of(actor)).orElseThrow(() -> Rejection.notFound("epcis-no-such-event",
                "No EPCIS event " + Rejection.quote(eventId) + " visible to you"));
        if (wantsXml(accept)) {
            return respond(ResponseEntity.ok().headers(limits.versionHeaders()), queryDocument(List.of(event)), accept);
        }
        return ResponseEntity.ok().headers(limits.versionHeaders()).contentType(MediaType.parseMediaType("application/ld+json"))
                .body(event.toString());
    }

    @GetMapping("/epcis/{collection:eventTypes|bizSteps|dispositions|readPoints|bizLocations}")
    ResponseEntity<Map<String, Object>> browse(@PathVariable String collection, @RequestParam(required = false) String perPage,
            @RequestParam(required = false) String nextPageToken) {
        Actor actor = currentActor.require();
        int size = Page.perPage(perPage);
        String after = Page.position(nextPageToken);
        List<String> values = events.distinct(BROWSE.get(collection), readers.of(actor), after == null ? "" : after, size + 1);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().headers(limits.versionHeaders());
        if (values.size() > size) {
            values = values.subList(0, size);
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("nextPageToken", Page.token(values.get(values.size() - 1))).build().toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(Map.of("@context", Vocabulary.CONTEXT_URL, "type", "Collection", "member", values));
    }

    private ObjectNode queryDocument(List<JsonNode> eventList) {
        return QueryDocument.of(eventList, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).toString());
    }

    private static boolean wantsXml(String accept) {
        return accept != null && accept.contains("xml") && !accept.contains("json");
    }

    private static ResponseEntity<String> respond(ResponseEntity.BodyBuilder answer, ObjectNode document, String accept) {
        if (wantsXml(accept)) {
            return answer.contentType(MediaType.APPLICATION_XML).body(XmlWriter.write(document));
        }
        return answer.contentType(MediaType.parseMediaType("application/ld+json")).body(document.toString());
    }
}
