package org.mizan.contracts.ocds;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.contracts.Amendment;
import org.mizan.contracts.Contract;
import org.mizan.contracts.ContractDocument;
import org.mizan.contracts.Delivery;
import org.mizan.contracts.MilestoneState;
import org.mizan.contracts.Obligation;
import org.mizan.registry.GeoJson;
import org.mizan.registry.Licence;
import org.mizan.registry.MineralCapacity;

/**
 * Builds the OCDS releases of a contracting process, one per change to the register: the award and contract
 * when a contract is registered (its licences as items, each with its polygon as a Location), then a
 * contractAmendment, a contractUpdate for a new document or obligation (obligations' milestones become the
 * contract's milestones), and an implementationUpdate for each piece of evidence (a payment also as a transaction).
 * Each release carries only what changed; the compiled record merges them.
 */
public final class Releases {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** What every release of a process shares: its ocid, its own id and its date. */
    public record Header(String ocid, String id, OffsetDateTime date) {
    }

    private Releases() {
    }

    public static Map<String, Object> registered(Header h, Contract c, List<Licence> licences, Map<String, String> names) {
        Map<String, Object> release = start(h, List.of("award", "contract"), c.language());
        release.put("parties", c.parties().stream().map(p -> party(p.party().value(), names, List.of(role(p.role())))).toList());
        List<Map<String, Object>> items = licences.stream().map(Releases::item).toList();
        Map<String, Object> award = new LinkedHashMap<>();
        award.put("id", c.id() + "-award");
        award.put("title", c.name());
        award.put("status", "active");
        award.put("date", date(c.signed()));
        award.put("suppliers", c.parties().stream().filter(p -> !"procuringEntity".equals(role(p.role())))
                .map(p -> reference(p.party().value(), names)).toList());
        if (!items.isEmpty()) {
            award.put("items", items);
        }
        release.put("awards", List.of(award));
        Map<String, Object> contract = contract(c.id());
        contract.put("title", c.name());
        contract.put("description", c.type().code() + "; " + c.category() + "; " + c.documentType() + "; resources: "
                + String.join(", ", c.resources()));
        contract.put("status", status(c.status()));
        contract.put("dateSigned", date(c.signed()));
        if (!items.isEmpty()) {
            contract.put("items", items);
        }
        release.put("contracts", List.of(contract));
        return release;
    }

    public static Map<String, Object> amended(Header h, Contract before, Amendment a) {
        Map<String, Object> release = start(h, List.of("contractAmendment"), before.language());
        Map<String, Object> contract = contract(before.id());
        a.status().ifPresent(s -> contract.put("status", status(s)));
        Map<String, Object> amendment = new LinkedHashMap<>();
        amendment.put("id", before.id() + "-amendment-" + a.number());
        amendment.put("date", date(a.date()));
        amendment.put("description", a.summary());
        contract.put("amendments", List.of(amendment));
        release.put("contracts", List.of(contract));
        return release;
    }

    public static Map<String, Object> documented(Header h, Contract c, ContractDocument d, String url) {
        Map<String, Object> release = start(h, List.of("contractUpdate"), c.language());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", d.sha256());
        document.put("documentType", "contractSigned");
        document.put("title", c.name() + " (version " + d.version() + ", SHA-256 " + d.sha256() + ")");
        document.put("url", url);
        document.put("datePublished", h.date().format(TIME));
        document.put("format", d.mediaType());
        document.put("language", c.language());
        Map<String, Object> contract = contract(c.id());
        contract.put("documents", List.of(document));
        release.put("contracts", List.of(contract));
        return release;
    }

    public static Map<String, Object> obligationAdded(Header h, Contract c, Obligation o) {
        Map<String, Object> release = start(h, List.of("contractUpdate"), c.language());
        Map<String, Object> contract = contract(c.id());
        contract.put("milestones", o.milestones().stream().map(m -> milestone(o, m, "scheduled")).toList());
        release.put("contracts", List.of(contract));
        return release;
    }

    public static Map<String, Object> delivered(Header h, Contract c, Obligation o, Delivery d, MilestoneState.Status status,
            Map<String, Object> transaction) {
        Map<String, Object> release = start(h, List.of("implementationUpdate"), c.language());
        Map<String, Object> contract = contract(c.id());
        Map<String, Object> milestone = milestone(o, o.milestone(d.milestone()), status == MilestoneState.Status.DELIVERED ? "met"
                : "partiallyMet");
        milestone.put("dateModified", h.date().format(TIME));
        if (status == MilestoneState.Status.DELIVERED) {
            milestone.put("dateMet", date(d.on()));
        }
        contract.put("milestones", List.of(milestone));
        if (transaction != null) {
            contract.put("implementation", Map.of("transactions", List.of(transaction)));
        }
        release.put("contracts", List.of(contract));
        return release;
    }

    /** An OCDS transaction for a payment cited as evidence: who paid whom, how much, when. */
    public static Map<String, Object> transaction(String id, LocalDate on, String amount, String currency, String payer, String payee,
            Map<String, String> names) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("date", date(on));
        t.put("value", Map.of("amount", Double.parseDouble(amount), "currency", currency));
        t.put("payer", reference(payer, names));
        t.put("payee", Map.of("name", payee));
        return t;
    }

    private static Map<String, Object> start(Header h, List<String> tags, String language) {
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("ocid", h.ocid());
        release.put("id", h.id());
        release.put("date", h.date().withOffsetSameInstant(ZoneOffset.UTC).format(TIME));
        release.put("tag", tags);
        release.put("initiationType", "tender");
        release.put("language", language);
        return release;
    }

    private static Map<String, Object> contract(String id) {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("id", id);
        contract.put("awardID", id + "-award");
        return contract;
    }

    private static Map<String, Object> milestone(Obligation o, Obligation.Milestone m, String status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", o.id() + "-" + m.id());
        out.put("title", o.kind().code() + " for " + o.beneficiary().describe() + ": " + m.amount().toPlainString() + " " + o.unit().code());
        out.put("type", "delivery");
        out.put("description", o.clause());
        out.put("dueDate", date(m.due()));
        out.put("status", status);
        return out;
    }

    private static Map<String, Object> item(Licence l) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", l.number().value());
        item.put("description", "Mineral title " + l.number().value() + " (" + l.type().code() + ") for "
                + String.join(", ", l.minerals().stream().map(MineralCapacity::mineral).map(Object::toString).toList()));
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("description", "Licence area of " + l.number().value() + ", " + l.province().value());
        location.put("geometry", GeoJson.write(l.area()));
        item.put("deliveryLocations", List.of(location));
        return item;
    }

    private static Map<String, Object> party(String id, Map<String, String> names, List<String> roles) {
        Map<String, Object> party = reference(id, names);
        party.put("roles", new ArrayList<>(roles));
        return party;
    }

    private static Map<String, Object> reference(String id, Map<String, String> names) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("id", id);
        ref.put("name", names.getOrDefault(id, id));
        return ref;
    }

    /** The state side of a mining contract grants the title, so it is the procuring entity; the others supply. */
    static String role(String contractRole) {
        return switch (contractRole.toLowerCase(java.util.Locale.ROOT)) {
            case "state", "government", "regulator", "grantor" -> "procuringEntity";
            default -> "supplier";
        };
    }

    static String status(Contract.Status s) {
        return switch (s) {
            case PENDING -> "pending";
            case ACTIVE, SUSPENDED -> "active";
            case TERMINATED, EXPIRED -> "terminated";
        };
    }

    private static String date(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC).format(TIME);
    }
}
