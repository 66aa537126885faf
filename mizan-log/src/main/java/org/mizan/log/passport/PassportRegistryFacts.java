package org.mizan.log.passport;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The registry facts a passport bundles for its verifier, each map keyed by registry id: the licence each
 * mined lot was extracted under, where each licence lies, the materials, the parties, the sites and the
 * element-balance tolerance. {@code primaryElements} is the v1 form of the materials' primary elements.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PassportRegistryFacts(Map<String, String> extractedUnder, Map<String, Place> licences, Map<String, Material> materials,
        Map<String, String> primaryElements, Map<String, Party> parties, Map<String, Site> sites, String elementTolerance) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(String district, String province) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Material(String name, String primaryElement, Integer stage) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Site(String name, String kind, String province, String licence) {
    }
}
