package org.mizan.epcis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.kernel.Rejection;

import tools.jackson.databind.JsonNode;

/**
 * A value that claims to be a GS1 key must be one. An EPC URI (GS1 EPC Tag Data Standard 2.0 section 6)
 * carries no check digit, so its company prefix and reference must have the digits the key has together
 * (17 in an SSCC, 13 in an SGTIN or LGTIN, 12 in an SGLN...): otherwise no GS1 key can be derived from it
 * and the lot it names matches nothing. A GS1 Digital Link (GS1 Digital Link 1.2 section 4) carries the
 * key with its check digit, which must be right (GS1 General Specifications 7.9.1). Values in no GS1 form
 * (other URIs, Mizan's own site URIs) are left alone.
 */
final class Gs1Keys {

    private static final Pattern EPC = Pattern.compile("urn:epc:(id|class):([a-z]+):.*");
    /** Each EPC scheme whose URI names a GS1 key, with what its digits must be. */
    private static final Map<String, String> SCHEMES = Map.ofEntries(
            Map.entry("sgtin", "company prefix and indicator/item reference have 13 digits together, the serial at most 20 characters"),
            Map.entry("lgtin", "company prefix and indicator/item reference have 13 digits together, the lot at most 20 characters"),
            Map.entry("sscc", "company prefix and serial reference have 17 digits together"),
            Map.entry("sgln", "company prefix and location reference have 12 digits together, the extension at most 20 characters"),
            Map.entry("pgln", "company prefix and party reference have 12 digits together"),
            Map.entry("grai", "company prefix and asset type have 12 digits together, the serial at most 16 characters"),
            Map.entry("giai", "company prefix has 6 to 12 digits, the asset reference at most 24 characters"),
            Map.entry("gsrn", "company prefix and service reference have 17 digits together"),
            Map.entry("gsrnp", "company prefix and service reference have 17 digits together"),
            Map.entry("gdti", "company prefix and document type have 12 digits together, the serial at most 17 characters"),
            Map.entry("sgcn", "company prefix and coupon reference have 12 digits together, the serial at most 12 digits"),
            Map.entry("ginc", "company prefix has 6 to 12 digits, the consignment reference at most 24 characters"),
            Map.entry("gsin", "company prefix and shipper reference have 16 digits together"),
            Map.entry("cpi", "company prefix has 6 to 12 digits, the part reference at most 24 characters, the serial at most 12 digits"),
            Map.entry("itip", "company prefix and indicator/item reference have 13 digits together, piece and total two digits each"),
            Map.entry("upui", "company prefix and indicator/item reference have 13 digits together"));
    private static final Pattern WEB = Pattern.compile("https?://[^/?#]+(?:/[^?#]*?)?/(01|gtin|00|sscc|414|gln|417|party|8003|grai"
            + "|8018|gsrn|8017|gsrnp|253|gdti|255|402)/(\\d{4}[^/?#]*).*");
    /** The Digital Link primary keys that end (or, for GRAI, GDTI and GCN, begin) with a check digit, by how many digits that part has. */
    private static final Map<String, Integer> CHECKED_DIGITS = Map.ofEntries(Map.entry("00", 18), Map.entry("sscc", 18),
            Map.entry("414", 13), Map.entry("gln", 13), Map.entry("417", 13), Map.entry("party", 13), Map.entry("8003", 14),
            Map.entry("grai", 14), Map.entry("8018", 18), Map.entry("gsrn", 18), Map.entry("8017", 18), Map.entry("gsrnp", 18),
            Map.entry("253", 13), Map.entry("gdti", 13), Map.entry("255", 13), Map.entry("402", 17));

    private Gs1Keys() {
    }

    /** Refuses the document at its first value in a GS1 form that is no valid key, naming the value and where it is. */
    static void check(EpcisDocument document) {
        for (int i = 0; i < document.events().size(); i++) {
            for (String[] named : identifiers(document.events().get(i))) {
                Optional<String> problem = problem(named[1]);
                if (problem.isPresent()) {
                    throw new Rejection(Rejection.Kind.MALFORMED, "epcis-invalid-gs1-key", "Event " + (i + 1) + ", " + named[0] + ": "
                            + Rejection.quote(named[1]) + " is not a valid GS1 key: " + problem.get(),
                            Map.of("event", i + 1, "field", named[0], "key", named[1]));
                }
            }
        }
    }

    /** Why a value in a GS1 form is no valid key, or empty when it is one or is in no GS1 form. */
    static Optional<String> problem(String value) {
        // Mizan's own site, party and consignment URIs use path words (party) that GS1 Digital Link uses too.
        if (value == null || value.length() > 512 || value.startsWith("https://mizan.invalid/")) {
            return Optional.empty();
        }
        Matcher epc = EPC.matcher(value);
        if (epc.matches() && SCHEMES.containsKey(epc.group(2)) && epc.group(1).equals(epc.group(2).equals("lgtin") ? "class" : "id")
                && DigitalLink.canonical(value).isEmpty()) {
            return Optional.of("in an " + epc.group(2).toUpperCase(java.util.Locale.ROOT) + " EPC URI the " + SCHEMES.get(epc.group(2))
                    + " (GS1 EPC Tag Data Standard 2.0)");
        }
        Matcher web = WEB.matcher(value);
        return web.matches() ? digitalLinkProblem(web.group(1), web.group(2)) : Optional.empty();
    }

    private static Optional<String> digitalLinkProblem(String ai, String key) {
        if (ai.equals("01") || ai.equals("gtin")) {
            if (!key.matches("\\d{8}|\\d{12,14}")) {
                return Optional.of("a GTIN has 8, 12, 13 or 14 digits");
            }
            return checkDigit("GTIN", key);
        }
        int digits = CHECKED_DIGITS.get(ai);
        if (key.length() < digits || !key.substring(0, digits).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("the key under /" + ai + "/ starts with " + digits + " digits, the last of them a check digit");
        }
        boolean serialAllowed = List.of("8003", "grai", "253", "gdti", "255").contains(ai);
        if (!serialAllowed && key.length() != digits) {
            return Optional.of("the key under /" + ai + "/ has exactly " + digits + " digits");
        }
        return checkDigit("key under /" + ai + "/", key.substring(0, digits));
    }

    private static Optional<String> checkDigit(String what, String digits) {
        String expected = DigitalLink.withCheckDigit(digits.substring(0, digits.length() - 1));
        return expected.equals(digits) ? Optional.empty()
                : Optional.of("the check digit of the " + what + " " + digits + " is " + expected.charAt(expected.length() - 1)
                        + ", not " + digits.charAt(digits.length() - 1));
    }

    /** Every identifier an event names, with the field it is in. */
    static List<String[]> identifiers(JsonNode event) {
        List<String[]> out = new ArrayList<>();
        for (String list : List.of("epcList", "childEPCs", "inputEPCList", "outputEPCList")) {
            event.path(list).forEach(v -> add(out, list, v));
        }
        for (String list : List.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList")) {
            event.path(list).forEach(q -> add(out, list + ".epcClass", q.path("epcClass")));
        }
        add(out, "parentID", event.path("parentID"));
        add(out, "readPoint", event.path("readPoint").path("id"));
        add(out, "bizLocation", event.path("bizLocation").path("id"));
        event.path("sourceList").forEach(s -> add(out, "sourceList", s.path("source")));
        event.path("destinationList").forEach(d -> add(out, "destinationList", d.path("destination")));
        event.path("bizTransactionList").forEach(t -> add(out, "bizTransactionList", t.path("bizTransaction")));
        return out;
    }

    private static void add(List<String[]> out, String field, JsonNode value) {
        if (value.isString()) {
            out.add(new String[] {field, value.asString()});
        }
    }
}
