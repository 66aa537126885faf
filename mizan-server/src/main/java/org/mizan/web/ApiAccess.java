package org.mizan.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may call each operation that needs a key, as the OpenAPI document states it. Access is decided
 * where the rule lives (the web security chain for writes, each module's policy for roles and scope);
 * this table only describes it, and the OpenAPI tests check that it names every write and nothing the
 * API does not have. An operation not listed here is public.
 */
final class ApiAccess {

    /** Whether the key is required, or only widens what the caller sees. */
    enum Need { KEY, OPTIONAL_KEY }

    /**
     * One operation's access: its method and path as the document spells them, the roles that may call
     * it (empty: any valid key, the module then scopes what it answers) and the rule in a person's words.
     */
    record Rule(String method, String path, Need need, List<String> roles, String who) {
        Rule {
            Objects.requireNonNull(need, "need");
            method = method.toUpperCase(Locale.ROOT);
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("A path starts with /: " + path);
            }
            roles = List.copyOf(roles);
            if (who.isBlank()) {
                throw new IllegalArgumentException("Say who may call " + method + " " + path);
            }
        }

        boolean matches(String method, String path) {
            return this.method.equals(method.toUpperCase(Locale.ROOT)) && this.path.equals(path);
        }
    }

    private static final List<String> WRITERS = List.of("operator", "processor", "exporter", "admin");

    static final List<Rule> RULES = List.of(
            key("POST", "/api/v1/parties", List.of("regulator", "admin"),
                    "an administrator; a regulator registers parties other than regulators"),
            key("POST", "/api/v1/parties/{party}/keys", List.of("admin"), "an administrator"),
            key("DELETE", "/api/v1/keys/{keyId}", List.of("admin"), "an administrator"),
            key("POST", "/api/v1/parties/{principal}/delegations", List.of(), "a key of the principal, or an administrator"),
            key("DELETE", "/api/v1/parties/{principal}/delegations/{hub}", List.of(), "a key of the principal, or an administrator"),
            key("GET", "/api/v1/parties/{principal}/delegations", List.of(), "a key of the principal, a regulator, an auditor "
                    + "or an administrator; a hub sees the grants that name it"),
            key("POST", "/api/v1/licences", List.of("regulator", "admin"),
                    "the regulator of the licence's province, or an administrator"),
            key("POST", "/api/v1/licences/{number}/transitions", List.of("regulator", "admin"),
                    "the regulator of the licence's province, or an administrator"),
            key("POST", "/api/v1/licences/{number}/status", List.of("regulator", "admin"),
                    "the regulator of the licence's province, or an administrator"),
            key("POST", "/api/v1/fiscal/rates", List.of("regulator", "admin"),
                    "the regulator of the rate's province, or an administrator"),
            key("POST", "/api/v1/fiscal/incentives", List.of("regulator", "admin"),
                    "for a licence or site the regulator of its province or an administrator; for a stage an administrator"),
            key("POST", "/api/v1/economy/prices", List.of("regulator", "admin"), "a regulator or an administrator"),
            key("POST", "/api/v1/economy/payabilities", List.of("regulator", "admin"), "a regulator or an administrator"),
            key("POST", "/api/v1/economy/resources", List.of("regulator", "admin"),
                    "the regulator of the licence's province, or an administrator"),
            key("GET", "/api/v1/economy/exports/{id}", List.of(), "any key; only consignments the key may read"),
            key("POST", "/api/v1/economy/reserves", List.of("admin"), "an administrator"),
            key("PUT", "/api/v1/economy/reserves/{account}/plans/{year}", List.of("regulator", "admin"),
                    "the account's regulator, or an administrator"),
            optional("GET", "/api/v1/economy/reserves/{account}/disclosure",
                    "an administrator or the account's regulator; no key needed once the account's policy is public"),
            key("POST", "/api/v1/sites", List.of("operator", "processor", "exporter", "regulator", "admin"),
                    "the site's operator, the regulator of its province, or an administrator"),
            key("POST", "/api/v1/events", WRITERS,
                    "an operator, processor or exporter moving its own lots, or a hub reporting for a party that delegated to it "
                            + "(regulators and auditors only read custody)"),
            key("GET", "/api/v1/events/{eventId}", List.of(), "any key; only events of lots the key may read"),
            key("GET", "/api/v1/events/{eventId}/proof", List.of(), "any key; only events of lots the key may read"),
            key("GET", "/api/v1/lots/{id}", List.of(), "any key; only lots the key may read"),
            key("GET", "/api/v1/lots/{id}/events", List.of(), "any key; only lots the key may read"),
            key("GET", "/api/v1/lots/{id}/trace", List.of(), "any key; only lots the key may read"),
            key("GET", "/api/v1/consignments", List.of(), "any key; lists the consignments the key may read"),
            key("GET", "/api/v1/consignments/{id}", List.of(), "any key; only consignments the key may read"),
            optional("GET", "/api/v1/consignments/{id}/passport",
                    "anyone for a published passport; a key that reads the chain also sees one not yet published"),
            key("POST", "/api/v1/consignments/{id}/publish", List.of(),
                    "a key of the consignment's exporter, or a regulator whose province the chain passed through"),
            key("GET", "/api/v1/alerts", List.of(), "any key; auditors and administrators see all alerts, "
                    + "a regulator those of its province, any other party those that name it"),
            key("GET", "/api/v1/alerts/{id}", List.of(), "any key; the same scope as the alert list"),
            key("GET", "/api/v1/alerts/{id}/occurrences", List.of(), "any key; the same scope as the alert list"),
            key("POST", "/api/v1/alerts/{id}/transitions", List.of("regulator"), "a regulator of the alert's province"),
            key("GET", "/api/v1/oversight/progress", List.of(), "any key"),
            key("GET", "/api/v1/oversight/set-aside", List.of("admin"), "an administrator"),
            key("POST", "/api/v1/oversight/set-aside/{seq}/retry", List.of("admin"), "an administrator"),
            key("POST", "/api/v1/oversight/set-aside/retry", List.of("admin"), "an administrator"),
            key("POST", "/api/v1/fiscal/payments", List.of(),
                    "a company's key, for a licence the company holds; an administrator names the company"),
            key("GET", "/api/v1/fiscal/payments", List.of(), "any key; a company sees its own, "
                    + "treasuries, regulators, auditors and administrators all"),
            key("GET", "/api/v1/fiscal/payments/{id}", List.of(), "any key; the same scope as the payment list"),
            key("POST", "/api/v1/fiscal/receipts", List.of("treasury", "regulator", "admin"),
                    "a treasury, the regulator of the licence's province, or an administrator"),
            key("GET", "/api/v1/fiscal/receipts", List.of(), "any key; the same scope as the payment list"),
            key("GET", "/api/v1/fiscal/receipts/{id}", List.of(), "any key; the same scope as the payment list"),
            key("GET", "/api/v1/fiscal/reconciliation", List.of(),
                    "any key; a company sees the lines of its own projects, the state's bodies and auditors all"),
            key("POST", "/api/v1/contracts", List.of("regulator", "admin"),
                    "the regulator of every covered licence's province (any regulator for a contract over no licence), or an administrator"),
            key("POST", "/api/v1/contracts/{id}/amendments", List.of("regulator", "admin"), "as for registering the contract"),
            key("PUT", "/api/v1/contracts/{id}/document", List.of("regulator", "admin"), "as for registering the contract"),
            key("POST", "/api/v1/contracts/{id}/obligations", List.of("regulator", "admin"), "as for registering the contract"),
            key("POST", "/api/v1/contracts/{id}/obligations/{obligation}/evidence", List.of("operator", "processor", "exporter", "regulator", "admin"),
                    "a company party to the contract, or as for registering the contract"),
            key("POST", "/api/v1/commitments", List.of("regulator", "admin"), "a regulator or an administrator"),
            key("POST", "/api/v1/commitments/{id}/evidence", List.of("regulator", "admin"), "a regulator or an administrator"),
            key("POST", "/epcis/capture", List.of(), "any key; the custody rules then decide, as for POST /api/v1/events"),
            key("POST", "/epcis/events", List.of(), "any key; the custody rules then decide, as for POST /api/v1/events"),
            key("GET", "/epcis/capture/{captureId}", List.of(), "any key; a party sees only its own capture jobs"),
            key("GET", "/epcis/events", List.of(), "any key; only events of lots the key may read"),
            key("GET", "/epcis/events/{eventId}", List.of(), "any key; only events of lots the key may read"),
            key("GET", "/epcis/{collection}", List.of(), "any key; only values of events the key may read"));

    private ApiAccess() {
    }

    static Optional<Rule> of(String method, String path) {
        return RULES.stream().filter(r -> r.matches(method, path)).findFirst();
    }

    private static Rule key(String method, String path, List<String> roles, String who) {
        return new Rule(method, path, Need.KEY, roles, who);
    }

    private static Rule optional(String method, String path, String who) {
        return new Rule(method, path, Need.OPTIONAL_KEY, List.of(), who);
    }
}
