package org.mizan.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mizan.kernel.Codes;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A contract as registered: who signed it in which role and with what share, what it is, when it was signed,
 * which licences it covers, how much of it is public, and the ResourceContracts metadata a reader searches by.
 * The text itself is a separate {@link ContractDocument}, named by its SHA-256.
 */
public record Contract(String id, String name, Type type, LocalDate signed, Status status, List<Signatory> parties,
        List<LicenceNumber> licences, String language, String country, List<String> resources, String category,
        String documentType, Disclosure disclosure, List<String> annexesMissing) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** Shares are percentages; these add up to 100 within a rounding of one hundredth. */
    private static final BigDecimal WHOLE = new BigDecimal("100");
    private static final BigDecimal ROUNDING = new BigDecimal("0.01");

    public enum Type {
        MINING_AGREEMENT, LICENCE_AGREEMENT, MOU, JOINT_VENTURE, OFFTAKE;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }

        @JsonCreator
        public static Type of(String code) {
            return Codes.parse(Type.class, code, "contract-type");
        }
    }

    public enum Status {
        PENDING, ACTIVE, SUSPENDED, TERMINATED, EXPIRED;

        @JsonValue
        public String code() {
            return Codes.of(this);
        }

        @JsonCreator
        public static Status of(String code) {
            return Codes.parse(Status.class, code, "contract-status");
        }
    }

    /** A party to the contract, its role in it ("state", "company", "investor", "buyer" ...) and its participation share in per cent. */
    public record Signatory(PartyId party, String role, Optional<BigDecimal> share, Optional<String> registryNumber) {

        public Signatory {
            if (party == null) {
                throw Rejection.invalid("missing-field", "Each party of a contract names its registered party id");
            }
            role = Text.required(role, "role", 40);
            share = share == null ? Optional.empty() : share;
            registryNumber = registryNumber == null ? Optional.empty() : registryNumber.map(r -> Text.required(r, "registryNumber", 60));
            share.ifPresent(s -> {
                if (s.signum() < 0 || s.compareTo(WHOLE) > 0) {
                    throw Rejection.invalid("invalid-share", "A participation share is a percentage in 0..100, got " + Rejection.number(s));
                }
            });
        }
    }

    public Contract {
        if (id == null || !ID.matcher(id).matches()) {
            throw Rejection.invalid("invalid-contract-id", "A contract id is 2 to 80 lowercase letters, digits or dashes, got: "
                    + Rejection.quote(id));
        }
        name = Text.required(name, "name", 300);
        if (type == null || signed == null || status == null || disclosure == null) {
            throw Rejection.invalid("missing-field", "A contract needs type, signed, status and disclosure");
        }
        if (parties == null || parties.size() < 2) {
            throw Rejection.invalid("too-few-parties", "A contract has at least two parties");
        }
        parties = List.copyOf(parties);
        if (parties.stream().map(Signatory::party).distinct().count() != parties.size()) {
            throw Rejection.invalid("duplicate-party", "A contract lists each party once");
        }
        checkShares(parties);
        licences = licences == null ? List.of() : List.copyOf(licences);
        if (licences.stream().distinct().count() != licences.size()) {
            throw Rejection.invalid("duplicate-licence", "A contract lists each licence once");
        }
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw Rejection.invalid("invalid-language", "language is an ISO 639-1 code such as en or ur, got " + Rejection.quote(language));
        }
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw Rejection.invalid("invalid-country", "country is an ISO 3166-1 alpha-2 code such as PK, got " + Rejection.quote(country));
        }
        resources = resources == null ? List.of() : resources.stream().map(r -> Text.required(r, "resources", 60)).toList();
        category = Text.required(category, "category", 60);
        documentType = Text.required(documentType, "documentType", 60);
        annexesMissing = annexesMissing == null ? List.of() : annexesMissing.stream().map(a -> Text.required(a, "annexesMissing", 120)).toList();
    }

    /** Either no party states a share, or the stated shares make the whole: a joint venture of 60 and 30 is refused. */
    private static void checkShares(List<Signatory> parties) {
        List<BigDecimal> shares = parties.stream().flatMap(p -> p.share().stream()).toList();
        if (shares.isEmpty()) {
            return;
        }
        BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.subtract(WHOLE).abs().compareTo(ROUNDING) > 0) {
            throw Rejection.invalid("shares-do-not-add-up", "The participation shares add up to " + sum.toPlainString()
                    + " %, not 100 %").with("sum", sum.toPlainString());
        }
    }

    /** The contract as amended: only the status changes by amendment; anything else is a new contract. */
    public Contract withStatus(Status newStatus) {
        return new Contract(id, name, type, signed, newStatus, parties, licences, language, country, resources, category,
                documentType, disclosure, annexesMissing);
    }
}
