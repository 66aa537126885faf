package org.mizan.registry;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Rejection;

/**
 * Elements, minerals and materials Mizan knows. Oxide-to-element factors are computed from atomic
 * weights rather than typed in, so a new compound needs only its formula.
 */
public final class Catalogue {

    private static final Pattern FORMULA_PART = Pattern.compile("([A-Z][a-z]?)(\\d*)");

    private final Map<ElementSymbol, Element> elements = new LinkedHashMap<>();
    private final Map<String, Mineral> minerals = new LinkedHashMap<>();
    private final Map<String, Material> materials = new LinkedHashMap<>();

    public Catalogue(List<Element> elements, List<Mineral> minerals, List<Material> materials) {
        elements.forEach(e -> this.elements.put(e.symbol(), e));
        minerals.forEach(m -> this.minerals.put(m.code(), m));
        materials.forEach(m -> this.materials.put(m.code(), m));
        materials.forEach(m -> {
            mineral(m.mineral());
            m.formula().ifPresent(f -> factor(f, m.primaryElement()));
        });
    }

    public Collection<Element> elements() {
        return elements.values();
    }

    public Collection<Mineral> minerals() {
        return minerals.values();
    }

    public Collection<Material> materials() {
        return materials.values();
    }

    /** The mineral, or empty when the catalogue has none by that code: for a reader that can do without it. */
    public Optional<Mineral> findMineral(String code) {
        return Optional.ofNullable(minerals.get(code));
    }

    public Optional<Material> findMaterial(String code) {
        return Optional.ofNullable(materials.get(code));
    }

    public Optional<Element> findElement(ElementSymbol symbol) {
        return Optional.ofNullable(elements.get(symbol));
    }

    /** The mineral a request names; an unknown code is the request's refusal. */
    public Mineral mineral(String code) {
        return findMineral(code).orElseThrow(() ->
                Rejection.invalid("unknown-mineral", "Unknown mineral " + Rejection.quote(code) + "; known: " + minerals.keySet()));
    }

    public Material material(String code) {
        return findMaterial(code).orElseThrow(() -> Rejection.invalid("unknown-material", "Unknown material " + Rejection.quote(code)));
    }

    public Element element(ElementSymbol symbol) {
        return findElement(symbol).orElseThrow(() ->
                Rejection.invalid("unknown-element", "Unknown element " + Rejection.quote(symbol.value())));
    }

    /** Mass fraction of the material's primary element when it is a pure compound, e.g. 0.8574 for Nd2O3. */
    public Optional<BigDecimal> elementFactor(Material material) {
        return material.formula().map(f -> factor(f, material.primaryElement()));
    }

    /** Mass fraction of {@code element} in a simple formula such as {@code Pr6O11} (no brackets, no hydrates). */
    public BigDecimal factor(String formula, ElementSymbol element) {
        Matcher part = FORMULA_PART.matcher(formula);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal wanted = BigDecimal.ZERO;
        int end = 0;
        while (part.find() && part.start() == end) {
            end = part.end();
            ElementSymbol symbol = new ElementSymbol(part.group(1));
            BigDecimal count = part.group(2).isEmpty() ? BigDecimal.ONE : new BigDecimal(part.group(2));
            BigDecimal mass = element(symbol).atomicWeight().multiply(count);
            total = total.add(mass);
            if (symbol.equals(element)) {
                wanted = wanted.add(mass);
            }
        }
        if (end != formula.length() || wanted.signum() == 0) {
            throw Rejection.invalid("invalid-formula", "Formula " + Rejection.quote(formula) + " does not contain " + element);
        }
        return wanted.divide(total, new MathContext(10, RoundingMode.HALF_EVEN));
    }
}
