package org.mizan.portal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar chart drawn on the server as SVG: readable without JavaScript, printable, and the
 * same figures as the table beside it. The chart is an image to assistive technology ({@code role=img}
 * with a title); the table is what a screen reader reads.
 */
final class BarChart {

    record Bar(String label, BigDecimal value) {
    }

    private static final int ROW = 28;
    private static final int LABEL = 300;
    private static final int WIDTH = 720;
    // What fits in the label column at the chart's type size; a longer label is cut at a word, with the whole
    // label as the text's own title (the table beside the chart always has it whole).
    private static final int LABEL_CHARS = 40;

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars, Function<BigDecimal, String> format) {
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int height = Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = new StringBuilder().append(String.format(Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" preserveAspectRatio=\"xMinYMin meet\" direction=\"ltr\"><title>%s</title>",
                WIDTH, height, HtmlUtils.htmlEscape(title)));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double share = max.signum() == 0 ? 0 : bar.value().doubleValue() / max.doubleValue();
            int length = (int) Math.round(share * (WIDTH - LABEL - 90));
            int y = 4 + i * ROW;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"></rect>"
                            + "<text x=\"%d\" y=\"%d\" class=\"value\">%s</text>",
                    LABEL - 6, y + 17, label(bar.label()), LABEL, y + 3, Math.max(length, 1), ROW - 8,
                    LABEL + Math.max(length, 1) + 6, y + 17, HtmlUtils.htmlEscape(format.apply(bar.value()))));
        }
        return svg.append("</svg>").toString();
    }

    /** The label as it fits: whole, or cut at the last space before the limit with an ellipsis and the whole as a title. */
    static String label(String whole) {
        if (whole.length() <= LABEL_CHARS) {
            return HtmlUtils.htmlEscape(whole);
        }
        int cut = whole.lastIndexOf(' ', LABEL_CHARS - 1);
        String shown = whole.substring(0, cut > LABEL_CHARS / 2 ? cut : LABEL_CHARS - 1);
        return "<title>" + HtmlUtils.htmlEscape(whole) + "</title>" + HtmlUtils.htmlEscape(shown) + "\u2026";
    }
}
