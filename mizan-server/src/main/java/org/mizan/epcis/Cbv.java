package org.mizan.epcis;

import java.util.List;

/**
 * The CBV 2.0 vocabulary spellings of the XML binding (URNs such as {@code urn:epcglobal:cbv:bizstep:shipping},
 * {@code gs1:Temperature}) and their bare JSON-LD terms, both ways.
 */
final class Cbv {

    private static final List<String[]> PREFIXES = List.of(
            new String[] {"urn:epcglobal:cbv:bizstep:", "bizStep"}, new String[] {"urn:epcglobal:cbv:disp:", "disposition"},
            new String[] {"urn:epcglobal:cbv:btt:", "bizTransactionType"}, new String[] {"urn:epcglobal:cbv:sdt:", "sourceDestType"},
            new String[] {"urn:epcglobal:cbv:er:", "errorReason"}, new String[] {"gs1:", "measurement"},
            new String[] {"cbv:Comp-", "component"});

    private Cbv() {
    }

    /** The bare JSON-LD term of a CBV URN or compact vocabulary IRI; other values unchanged. */
    static String bare(String value) {
        for (String[] prefix : PREFIXES) {
            if (value.startsWith(prefix[0])) {
                return value.substring(prefix[0].length());
            }
        }
        return value;
    }

    /** The XML spelling of a bare term of the given kind; URIs and compact IRIs unchanged. */
    static String urn(String kind, String value) {
        if (value.contains(":")) {
            return value;
        }
        for (String[] prefix : PREFIXES) {
            if (prefix[1].equals(kind)) {
                return prefix[0] + value;
            }
        }
        return value;
    }
}
