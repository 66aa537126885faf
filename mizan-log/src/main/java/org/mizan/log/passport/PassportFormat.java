package org.mizan.log.passport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fixed texts of the passport format, shared by the node that writes a passport and the verifier
 * that reads it, so that neither can drift from the other unnoticed: the format names, the origin
 * method, the sections Mizan does not assess yet, and who declares the fields that are not recomputed.
 */
public final class PassportFormat {

    /** Figures, origin and evidence only; every other field went unchecked. Still read. */
    public static final String V1 = "mizan-passport/v1";
    /** Every field recomputed from the events and registry facts, or declared with who declares it. */
    public static final String V2 = "mizan-passport/v2";
    public static final String CURRENT = V2;
    public static final Set<String> READ = Set.of(V1, V2);

    public static final String ORIGIN_METHOD = "mass balance (ISO 22095): each lot carries the share of its primary element from"
            + " each licence; a processed lot inherits the mix of its inputs; lines are weighted by net mass";
    public static final String NOT_ASSESSED = "not assessed";

    /** The royalty section's note when the chain's lots have no assessment, and the one passports wrote before royalties were assessed. */
    public static final String ROYALTIES_NONE = "no royalty assessment is recorded for the lots of this chain";
    public static final String ROYALTIES_BEFORE = "royalty assessments and payments are not yet recorded in Mizan";
    public static final String ROYALTIES_ASSESSED = "assessed";
    public static final String ROYALTIES_NOTE = "each assessment is an entry of the log; its amounts recompute from the rate, price,"
            + " exchange rate, mass and grade it names";
    /** Said beside every figure computed on a rate Mizan made up as an example. */
    public static final String ILLUSTRATIVE_RATE = "illustrative, not a published rate";

    /** The alert section's fields a verifier cannot recompute: oversight's statements. */
    public static final String ALERTS = "alerts";
    public static final String PUBLICATION = "publication";
    public static final String REGISTRY_FACTS = "evidence.registryFacts";

    private PassportFormat() {
    }

    /** The sections for capabilities Mizan does not have yet, each with why it is not assessed. */
    public static Map<String, String> notAssessed() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("supplyChainDueDiligence", "OECD Annex II red-flag review and third-party audits are not yet recorded in Mizan");
        out.put("esg", "site ESG indicators and certification levels are not yet recorded in Mizan");
        return out;
    }

    /** The declared fields of a passport from the log {@code log}, each with who declares it and on what. */
    public static Map<String, String> declarations(String log) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(ALERTS, "oversight of " + log + ", as far as alerts.progress says it had evaluated; each alert transition is"
                + " an entry of the log");
        out.put(PUBLICATION, log + ", the node that serves the passport");
        out.put(REGISTRY_FACTS, "the registry of " + log + ": public facts anyone can compare with the registry;"
                + " the log does not prove them");
        return out;
    }

    /** How far oversight's alerts reach, in words. */
    public static String alertCoverage(long evaluatedThrough, long committedThrough, long setAside) {
        return "alerts cover events up to seq " + evaluatedThrough + " of " + committedThrough + "; " + setAside
                + (setAside == 1 ? " record" : " records") + " set aside";
    }

    /** The alert section's status line, from how many alerts it lists. */
    public static String alertStatus(int alerts) {
        return alerts == 0 ? "no alerts recorded" : alerts + " alerts recorded";
    }
}
