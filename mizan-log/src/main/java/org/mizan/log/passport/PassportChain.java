package org.mizan.log.passport;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The processing chain: every event as a step, the sites the steps name, the lots and which lot fed which. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PassportChain(List<Step> steps, List<Site> sites, List<Lot> lots, List<Edge> edges) {

    public PassportChain {
        steps = steps == null ? null : List.copyOf(steps);
        sites = sites == null ? null : List.copyOf(sites);
        lots = lots == null ? null : List.copyOf(lots);
        edges = edges == null ? null : List.copyOf(edges);
    }

    /**
     * An event of the chain: where it happened ("" if nowhere), its process if it processed, the lots it touched, for
     * an adjustment what it removed ({@code moisture} or {@code sampling}: water or a sample, not a loss), and for a sale
     * without movement the buyer title passed to.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String eventId, String type, String time, String actor, String site, String process, List<String> lots,
            String adjustment, String buyer) {

        public Step {
            lots = lots == null ? null : List.copyOf(lots);
        }
    }

    /** A site the steps name; an unknown site has its id only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Site(String id, String name, String kind, String province, String licence) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lot(String id, String material, String form, String site) {
    }

    /** Lot {@code from} fed lot {@code to} in event {@code eventId}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Edge(String from, String to, String eventId) {
    }
}
