package org.mizan.registry;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;

/**
 * A company, cooperative, state enterprise, laboratory, buyer or authority. A regulator's
 * jurisdiction is the province whose titles it administers.
 */
public record Party(PartyId id, String name, PartyKind kind, String country, Optional<ProvinceCode> jurisdiction) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Party {
        if (id == null || kind == null || jurisdiction == null) {
            throw Rejection.invalid("missing-field", "A party needs an id, a name, a kind and a country");
        }
        name = Text.required(name, "name", 200);
        if (country == null || !COUNTRIES.contains(country)) {
            throw Rejection.invalid("unknown-country",
                    "Country must be an ISO 3166-1 alpha-2 code such as PK or US, got " + Rejection.quote(country));
        }
        if (jurisdiction.isPresent() && kind != PartyKind.REGULATOR) {
            throw Rejection.invalid("jurisdiction-not-allowed", "Only a regulator has a jurisdiction");
        }
    }
}
