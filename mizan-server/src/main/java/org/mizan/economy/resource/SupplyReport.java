package org.mizan.economy.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mizan.economy.RegisteredEstimate;
import org.mizan.economy.YearsOfSupply;
import org.mizan.economy.value.CustodyTally;
import org.mizan.kernel.ElementSymbol;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Years of supply per element from the register's current estimates (superseded ones left out) and the contained
 * element of every extraction custody recorded in the twelve months to now, beside USGS's figures for Pakistan.
 */
@Component
public class SupplyReport {

    private final ResourceEstimates estimates;
    private final CustodyTally custody;
    private final Clock clock;
    private final Map<String, String[]> usgsFiles = new TreeMap<>();

    SupplyReport(ResourceEstimates estimates, CustodyTally custody, Clock clock) {
        this.estimates = estimates;
        this.custody = custody;
        this.clock = clock;
        lines("economy/usgs-world.csv").stream().skip(1).map(l -> l.split(",", 3)).forEach(c -> usgsFiles.put(c[0], c));
    }

    public List<YearsOfSupply> report(BigDecimal resourceShare) {
        List<RegisteredEstimate> current = estimates.all().stream().filter(c -> !c.superseded()).toList();
        Map<ElementSymbol, BigDecimal> extracted = extractedSince(OffsetDateTime.now(clock).minusMonths(12));
        TreeSet<ElementSymbol> elements = new TreeSet<>();
        current.forEach(c -> elements.add(c.estimate().element()));
        List<YearsOfSupply> out = new ArrayList<>();
        for (ElementSymbol element : elements) {
            BigDecimal reserves = BigDecimal.ZERO;
            BigDecimal resources = BigDecimal.ZERO;
            List<String> used = new ArrayList<>();
            for (RegisteredEstimate c : current) {
                if (c.estimate().element().equals(element)) {
                    BigDecimal t = c.estimate().containedTonnes();
                    reserves = c.estimate().crirscoClass().reserve() ? reserves.add(t) : reserves;
                    resources = c.estimate().crirscoClass().reserve() ? resources : resources.add(t);
                    used.add(c.estimate().id() + " (log entry " + c.logIndex() + ", declared by " + c.estimate().declaredBy() + ")");
                }
            }
            BigDecimal tonnes = extracted.getOrDefault(element, BigDecimal.ZERO);
            SupplyArithmetic years = SupplyArithmetic.of(reserves, resources, resourceShare, tonnes);
            out.add(new YearsOfSupply(element.value(), reserves.stripTrailingZeros(), resources.stripTrailingZeros(), resourceShare,
                    tonnes.stripTrailingZeros(), years.low(), years.high(), years.note(), used, usgs(element)));
        }
        return out;
    }

    private Map<ElementSymbol, BigDecimal> extractedSince(OffsetDateTime from) {
        Map<ElementSymbol, BigDecimal> out = new TreeMap<>();
        for (CustodyTally.Extraction x : custody.extractions()) {
            if (x.time().isAfter(from)) {
                x.kilograms().forEach((e, kg) -> out.merge(e, kg.movePointLeft(3), BigDecimal::add));
            }
        }
        return out;
    }

    YearsOfSupply.Usgs usgs(ElementSymbol element) {
        String[] file = usgsFiles.get(element.value());
        if (file == null) {
            return UsgsWorld.notPublished(org.mizan.fiscal.UsgsCsv.SOURCE);
        }
        try {
            return UsgsWorld.pakistan(new ClassPathResource("economy/usgs/" + file[1]).getInputStream(), file[1], file[2]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
