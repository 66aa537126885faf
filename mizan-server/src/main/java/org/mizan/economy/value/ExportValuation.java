package org.mizan.economy.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.mizan.custody.ConsignmentChain;
import org.mizan.custody.MaterialForm;
import org.mizan.economy.ExportValue;
import org.mizan.economy.Forms;
import org.mizan.kernel.ElementSymbol;

/**
 * Values an export: each line's contained element (exported kilograms × latest grade) at the price of that element in
 * ore on the export day, the mine gate, and at its price in the form exported, each times its form's payability.
 * Both sides value the same kilograms, so their difference is what was added in the country.
 */
public final class ExportValuation {

    private final PriceBook prices;

    public ExportValuation(PriceBook prices) {
        this.prices = prices;
    }

    public ExportValue of(ConsignmentChain chain) {
        OffsetDateTime at = OffsetDateTime.parse(chain.head().exportedAt()).withOffsetSameInstant(java.time.ZoneOffset.ofHours(5));
        LocalDate day = at.toLocalDate();
        List<ExportValue.Line> lines = chain.lines().stream().map(l -> line(l, day)).toList();
        BigDecimal mineGate = BigDecimal.ZERO;
        BigDecimal export = BigDecimal.ZERO;
        List<String> missing = new ArrayList<>();
        for (ExportValue.Line line : lines) {
            if (line.priced()) {
                mineGate = mineGate.add(line.mineGateUsd().orElseThrow());
                export = export.add(line.exportUsd().orElseThrow());
            }
            line.missing().forEach(m -> missing.add(line.lot() + ": " + m));
        }
        return new ExportValue(chain.head().id(), at.toString(), quarter(day), new BigDecimal(chain.head().declaredValueUsd()), lines,
                ExportValue.cents(mineGate), ExportValue.cents(export), ExportValue.share(mineGate, export), missing);
    }

    static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private ExportValue.Line line(ConsignmentChain.Line line, LocalDate day) {
        MaterialForm form = Forms.of(line.form().toLowerCase(java.util.Locale.ROOT));
        BigDecimal kg = BigDecimal.valueOf(line.exportedGrams()).movePointLeft(3);
        List<ExportValue.Element> elements = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        BigDecimal mineGate = BigDecimal.ZERO;
        BigDecimal export = BigDecimal.ZERO;
        for (Map.Entry<String, String> g : new TreeMap<>(line.grades()).entrySet()) {
            ElementSymbol element = new ElementSymbol(g.getKey());
            BigDecimal contained = kg.multiply(new BigDecimal(g.getValue()));
            Optional<ExportValue.Priced> atMine = priced(element, MaterialForm.ORE, day, contained);
            Optional<ExportValue.Priced> asExported = priced(element, form, day, contained);
            atMine.ifPresentOrElse(p -> { }, () -> missing.add("no price of " + element + " in ore (the mine gate) on or before " + day));
            asExported.ifPresentOrElse(p -> { }, () -> missing.add("no price of " + element + " in " + Forms.code(form) + " on or before " + day));
            mineGate = mineGate.add(atMine.map(ExportValue.Priced::usd).orElse(BigDecimal.ZERO));
            export = export.add(asExported.map(ExportValue.Priced::usd).orElse(BigDecimal.ZERO));
            elements.add(new ExportValue.Element(element.value(), contained.stripTrailingZeros(), atMine, asExported));
        }
        boolean priced = missing.isEmpty();
        return new ExportValue.Line(line.lot(), line.material(), Forms.code(form), Forms.stage(form), kg, elements, line.origin(),
                priced ? Optional.of(mineGate) : Optional.empty(), priced ? Optional.of(export) : Optional.empty(), missing);
    }

    private Optional<ExportValue.Priced> priced(ElementSymbol element, MaterialForm form, LocalDate day, BigDecimal kg) {
        return prices.quote(element, form, day).map(q -> new ExportValue.Priced(q.pricePoint(), q.priceLogIndex(), q.source(),
                q.confidence(), q.usdPerKg(), q.payability(), q.payabilityLogIndex(),
                kg.multiply(q.usdPerKg(), MathContext.DECIMAL128).multiply(q.payability(), MathContext.DECIMAL128)));
    }
}
