package org.mizan.epcis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the GS1 keys an EPCIS event may carry (EPC URIs, EPC class URIs, EPC pattern URIs, GS1 Digital
 * Link URIs on any host) into one canonical GS1 Digital Link URI on {@code https://id.gs1.org}, so that a
 * lot written as {@code urn:epc:class:lgtin:...} and as a Digital Link is the same identifier in queries
 * and in the CBV 2.0 event hash (CBV 2.0 section 8.9; GS1 Digital Link 1.2 section 4).
 * The Digital Link form is canonical because it is derivable from every form, while the way back to an
 * EPC URI needs the length of the company prefix, which the Digital Link does not carry.
 */
final class DigitalLink {

    private static final String HOST = "https://id.gs1.org/";
    private static final String SAFE = "(?:%[0-9A-Fa-f]{2}|[!')(*+,.0-9:;=A-Za-z_-])";
    private static final Pattern SGTIN = Pattern.compile("urn:epc:id:sgtin:(\\d{6,12})\\.(\\d{1,7})\\.(" + SAFE + "{1,20})");
    private static final Pattern LGTIN = Pattern.compile("urn:epc:class:lgtin:(\\d{6,12})\\.(\\d{1,7})\\.(" + SAFE + "{1,20})");
    private static final Pattern IDPAT_SGTIN = Pattern.compile("urn:epc:idpat:sgtin:(\\d{6,12})\\.(\\d{1,7})\\.\\*");
    private static final Pattern SSCC = Pattern.compile("urn:epc:id:sscc:(\\d{6,12})\\.(\\d{5,11})");
    private static final Pattern SGLN = Pattern.compile("urn:epc:id:sgln:(\\d{6,12})\\.(\\d{0,6})\\.(" + SAFE + "{1,20})");
    private static final Pattern PGLN = Pattern.compile("urn:epc:id:pgln:(\\d{6,12})\\.(\\d{0,6})");
    private static final Pattern GRAI = Pattern.compile("urn:epc:id:grai:(\\d{6,12})\\.(\\d{0,6})\\.(" + SAFE + "{1,16})");
    private static final Pattern GIAI = Pattern.compile("urn:epc:id:giai:(\\d{6,12})\\.(" + SAFE + "{1,24})");
    private static final Pattern GSRN = Pattern.compile("urn:epc:id:gsrn(p?):(\\d{6,12})\\.(\\d{5,11})");
    private static final Pattern GDTI = Pattern.compile("urn:epc:id:gdti:(\\d{6,12})\\.(\\d{0,6})\\.(" + SAFE + "{0,17})");
    private static final Pattern CPI = Pattern.compile("urn:epc:(id|idpat):cpi:(\\d{6,12})\\.((?:%[0-9A-Fa-f]{2}|[0-9A-Z-]){1,24})\\.(\\d{1,12}|\\*)");
    private static final Pattern SGCN = Pattern.compile("urn:epc:(id|idpat):sgcn:(\\d{6,12})\\.(\\d{0,6})\\.(\\d{1,12}|\\*)");
    private static final Pattern GINC = Pattern.compile("urn:epc:id:ginc:(\\d{6,12})\\.(" + SAFE + "{1,24})");
    private static final Pattern GSIN = Pattern.compile("urn:epc:id:gsin:(\\d{6,12})\\.(\\d{4,10})");
    private static final Pattern ITIP = Pattern.compile("urn:epc:(id|idpat):itip:(\\d{6,12})\\.(\\d{1,7})\\.(\\d{2})\\.(\\d{2})\\.(" + SAFE + "{1,20}|\\*)");
    private static final Pattern UPUI = Pattern.compile("urn:epc:(id|idpat):upui:(\\d{6,12})\\.(\\d{1,7})\\.(" + SAFE + "{1,28}|\\*)");
    private static final Pattern IDPAT_GRAI = Pattern.compile("urn:epc:idpat:(grai|gdti):(\\d{6,12})\\.(\\d{0,6})\\.\\*");
    private static final Pattern WEB = Pattern.compile("https?://[^/?#]+(?:/[^?#]*)?/(01|gtin|00|sscc|414|gln|417|party|8003|grai|8004|giai"
            + "|8017|gsrnp|8018|gsrn|253|gdti)/(\\d{4}[^/?#]*)((?:/[^/?#]+/[^/?#]+)*)/?(?:[?#].*)?");
    private static final List<String[]> SHORT_NAMES = List.of(new String[] {"gtin", "01"}, new String[] {"sscc", "00"},
            new String[] {"gln", "414"}, new String[] {"party", "417"}, new String[] {"grai", "8003"}, new String[] {"giai", "8004"},
            new String[] {"gsrnp", "8017"}, new String[] {"gsrn", "8018"}, new String[] {"gdti", "253"}, new String[] {"lot", "10"},
            new String[] {"ser", "21"}, new String[] {"cpv", "22"});

    private DigitalLink() {
    }

    /** The canonical Digital Link of a GS1 key, or empty when the value carries none. */
    static Optional<String> canonical(String uri) {
        if (uri == null || uri.length() > 512 || !(uri.startsWith("urn:epc:") || uri.startsWith("http"))) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = SGTIN.matcher(uri)).matches()) {
            String serial = encode(m.group(3));
            return gtin(m.group(1), m.group(2)).map(g -> HOST + "01/" + g + "/21/" + serial);
        }
        if ((m = LGTIN.matcher(uri)).matches()) {
            String lot = encode(m.group(3));
            return gtin(m.group(1), m.group(2)).map(g -> HOST + "01/" + g + "/10/" + lot);
        }
        if ((m = IDPAT_SGTIN.matcher(uri)).matches()) {
            return gtin(m.group(1), m.group(2)).map(g -> HOST + "01/" + g);
        }
        if ((m = SSCC.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 17) {
            String raw = m.group(2).charAt(0) + m.group(1) + m.group(2).substring(1);
            return Optional.of(HOST + "00/" + withCheckDigit(raw));
        }
        if ((m = SGLN.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 12) {
            String gln = withCheckDigit(m.group(1) + m.group(2));
            return Optional.of(HOST + "414/" + gln + ("0".equals(m.group(3)) ? "" : "/254/" + encode(m.group(3))));
        }
        if ((m = PGLN.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 12) {
            return Optional.of(HOST + "417/" + withCheckDigit(m.group(1) + m.group(2)));
        }
        if ((m = GRAI.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 12) {
            return Optional.of(HOST + "8003/" + withCheckDigit("0" + m.group(1) + m.group(2)) + encode(m.group(3)));
        }
        if ((m = GIAI.matcher(uri)).matches()) {
            return Optional.of(HOST + "8004/" + m.group(1) + encode(m.group(2)));
        }
        if ((m = GSRN.matcher(uri)).matches() && m.group(2).length() + m.group(3).length() == 17) {
            return Optional.of(HOST + (m.group(1).isEmpty() ? "8018/" : "8017/") + withCheckDigit(m.group(2) + m.group(3)));
        }
        if ((m = GDTI.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 12) {
            return Optional.of(HOST + "253/" + withCheckDigit(m.group(1) + m.group(2)) + encode(m.group(3)));
        }
        return other(uri).or(() -> web(uri));
    }

    // The rarer keys: component/part, coupon, consignment, shipment, trade item piece, unit pack.
    private static Optional<String> other(String uri) {
        Matcher m;
        if ((m = CPI.matcher(uri)).matches()) {
            String serial = m.group(4).equals("*") ? "" : "/8011/" + m.group(4);
            return Optional.of(HOST + "8010/" + encode(m.group(2) + m.group(3)) + serial);
        }
        if ((m = SGCN.matcher(uri)).matches() && m.group(2).length() + m.group(3).length() == 12) {
            String serial = m.group(4).equals("*") ? "" : m.group(4);
            return Optional.of(HOST + "255/" + withCheckDigit(m.group(2) + m.group(3)) + serial);
        }
        if ((m = GINC.matcher(uri)).matches()) {
            return Optional.of(HOST + "401/" + m.group(1) + encode(m.group(2)));
        }
        if ((m = GSIN.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 16) {
            return Optional.of(HOST + "402/" + withCheckDigit(m.group(1) + m.group(2)));
        }
        if ((m = ITIP.matcher(uri)).matches()) {
            String pieces = m.group(4) + m.group(5);
            String serial = m.group(6).equals("*") ? "" : "/21/" + encode(m.group(6));
            return gtin(m.group(2), m.group(3)).map(g -> HOST + "8006/" + g + pieces + serial);
        }
        if ((m = UPUI.matcher(uri)).matches()) {
            String serial = m.group(4).equals("*") ? "" : "/235/" + encode(m.group(4));
            return gtin(m.group(2), m.group(3)).map(g -> HOST + "01/" + g + serial);
        }
        if ((m = IDPAT_GRAI.matcher(uri)).matches() && m.group(2).length() + m.group(3).length() == 12) {
            return Optional.of(m.group(1).equals("grai") ? HOST + "8003/" + withCheckDigit("0" + m.group(2) + m.group(3))
                    : HOST + "253/" + withCheckDigit(m.group(2) + m.group(3)));
        }
        return Optional.empty();
    }

    /** The canonical form when there is one, else the value as given: how identifiers are indexed. */
    static String canonicalOrSelf(String uri) {
        return canonical(uri).orElse(uri);
    }

    private static Optional<String> web(String uri) {
        Matcher m = WEB.matcher(uri);
        if (!m.matches()) {
            return Optional.empty();
        }
        String key = shortName(m.group(1));
        String value = m.group(2);
        if ("01".equals(key)) {
            if (!value.matches("\\d{8}|\\d{12,14}")) {
                return Optional.empty();
            }
            value = "0".repeat(14 - value.length()) + value;
        }
        String qualifiers = qualifiers(m.group(3));
        return Optional.of(HOST + key + "/" + value + qualifiers);
    }

    // Keeps only the finest level of identification: a serial wins over a lot, and the consumer product variant goes.
    private static String qualifiers(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        String[] parts = path.substring(1).split("/");
        String lot = null;
        String serial = null;
        String other = "";
        for (int i = 0; i + 1 < parts.length; i += 2) {
            String ai = shortName(parts[i]);
            if ("10".equals(ai)) {
                lot = parts[i + 1];
            } else if ("21".equals(ai)) {
                serial = parts[i + 1];
            } else if (!"22".equals(ai)) {
                other = other + "/" + ai + "/" + parts[i + 1];
            }
        }
        return serial != null ? "/21/" + serial : lot != null ? "/10/" + lot : other;
    }

    private static String shortName(String key) {
        return SHORT_NAMES.stream().filter(s -> s[0].equals(key)).map(s -> s[1]).findFirst().orElse(key);
    }

    private static Optional<String> gtin(String companyPrefix, String itemReference) {
        if (companyPrefix.length() + itemReference.length() != 13) {
            return Optional.empty();
        }
        return Optional.of(withCheckDigit(itemReference.charAt(0) + companyPrefix + itemReference.substring(1)));
    }

    /** GS1 General Specifications 7.9.1: weights 3 and 1 from the right. */
    static String withCheckDigit(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return digits + (10 - sum % 10) % 10;
    }

    // GS1 Digital Link 1.2 table 7-1: these characters are percent-encoded in a path segment.
    private static String encode(String value) {
        return value.replace("!", "%21").replace("(", "%28").replace(")", "%29").replace("*", "%2A")
                .replace("+", "%2B").replace(",", "%2C").replace(":", "%3A");
    }
}
