package org.mizan.oversight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mine whose declared grades the laboratory keeps finding too low: the grade a miner declares at
 * extraction is what a royalty or a price assessed before the assay rests on. One assay above the
 * declaration proves nothing, since sampling errs both ways; a site whose assays nearly all come out
 * higher does not err. Over the site's last assayed declarations of an element (the settings' pairs),
 * the rule fires on an assay that found more than declared when, over at least the minimum number of
 * pairs, the median ratio assayed/declared reaches the settings' ratio AND a one-sided sign test rejects,
 * at the stated significance, that an assay is as likely to find less than declared as more. The ratio
 * ignores a consistent but immaterial bias (a miner rounding down); the test ignores a few large gaps.
 */
record GradeUnderDeclarationPolicy(OversightSettings settings) {

    /** {@code window} holds the site's recent pairs, this assay's first, most recent first. */
    Optional<Finding> check(DeclaringSite site, List<GradePair> window) {
        if (window.isEmpty() || !window.get(0).assayHigher() || window.size() < settings.underDeclaredMinPairs()) {
            return Optional.empty();
        }
        Optional<BigDecimal> median = medianRatio(window);
        if (median.isPresent() && median.get().compareTo(settings.underDeclaredRatio()) < 0) {
            return Optional.empty();
        }
        List<GradePair> higher = window.stream().filter(GradePair::assayHigher).toList();
        int lower = (int) window.stream().filter(GradePair::assayLower).count();
        BigDecimal p = new SignTest(higher.size() + lower, higher.size()).pValue();
        if (p.compareTo(settings.underDeclaredSignificance()) > 0) {
            return Optional.empty();
        }
        GradePair current = window.get(0);
        String ratio = median.map(r -> r.round(new MathContext(4)).stripTrailingZeros().toPlainString()).orElse("unbounded");
        String pValue = p.round(new MathContext(3)).toPlainString();
        return Optional.of(new Finding(RuleCode.GRADE_UNDER_DECLARED, Severity.HIGH,
                "GRADE_UNDER_DECLARED/" + current.assayEventId() + "/" + site.element(),
                new Subject(List.of(current.lot()), List.of(site.site()), List.of(), List.of(site.operator())), evidence(higher),
                figures(site, window.size(), higher.size(), lower, ratio, pValue),
                explanation(site, window.size(), higher.size(), lower, ratio, pValue)));
    }

    /** The median of assayed/declared; empty when it is unbounded, more than half the lots having declared none of what was found. */
    static Optional<BigDecimal> medianRatio(List<GradePair> pairs) {
        Comparator<Optional<BigDecimal>> unboundedLast = Comparator.comparing(r -> r.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));
        List<Optional<BigDecimal>> ratios = pairs.stream().map(GradePair::ratio).sorted(unboundedLast).toList();
        int n = ratios.size();
        Optional<BigDecimal> upper = ratios.get(n / 2);
        if (n % 2 == 1 || upper.isEmpty()) {
            return upper;
        }
        return Optional.of(ratios.get(n / 2 - 1).orElseThrow().add(upper.get()).divide(BigDecimal.valueOf(2)));
    }

    // Oldest first, each extraction before its assay: the order in which the pattern built up.
    private static List<String> evidence(List<GradePair> higher) {
        List<String> ids = new ArrayList<>();
        for (int i = higher.size() - 1; i >= 0; i--) {
            ids.add(higher.get(i).extractionEventId());
            ids.add(higher.get(i).assayEventId());
        }
        return ids;
    }

    private Map<String, Object> figures(DeclaringSite site, int pairs, int higher, int lower, String ratio, String pValue) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("element", site.element().value());
        f.put("operator", site.operator().value());
        f.put("lots", pairs);
        f.put("assayedHigher", higher);
        f.put("assayedLower", lower);
        f.put("medianRatio", ratio);
        f.put("minRatio", settings.underDeclaredRatio().toPlainString());
        f.put("test", "one-sided sign test, assays above the declared grade against one half");
        f.put("pValue", pValue);
        f.put("significance", settings.underDeclaredSignificance().toPlainString());
        f.put("windowLots", settings.underDeclaredPairs());
        return f;
    }

    private String explanation(DeclaringSite site, int pairs, int higher, int lower, String ratio, String pValue) {
        return "Of the last " + pairs + " lots from " + site.site() + " whose " + site.element() + " grade " + site.operator()
                + " declared at extraction and a laboratory later assayed, " + higher + " assayed higher than declared and " + lower
                + " lower; the median assay is " + ratio + " times the declared grade (limit " + settings.underDeclaredRatio().toPlainString()
                + "). Sampling errs both ways: were an assay as likely to find less than declared as more, " + higher + " or more higher of "
                + (higher + lower) + " would happen with probability " + pValue + " (one-sided sign test, significance "
                + settings.underDeclaredSignificance().movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                + " %). One lot proves nothing; together they are a pattern.";
    }
}
