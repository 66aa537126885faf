package org.mizan.kernel;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The assayed element fractions of a material. Fractions sum to at most 1; the rest is oxygen,
 * gangue, moisture and everything nobody assayed. An element that is absent was not assayed,
 * which is not the same as a grade of zero. Iteration is in element-symbol order, so output is deterministic.
 */
public record Grades(Map<ElementSymbol, Grade> fractions) {

    private static final Grades NONE = new Grades(new TreeMap<>());

    public Grades {
        if (fractions == null) {
            throw new IllegalArgumentException("grades is missing");
        }
        fractions = Collections.unmodifiableSortedMap(new TreeMap<>(fractions));
        BigDecimal sum = fractions.values().stream().map(Grade::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("grades sum to more than 1: " + sum + " in " + fractions);
        }
    }

    public static Grades none() {
        return NONE;
    }

    public static Grades of(Map<ElementSymbol, Grade> fractions) {
        return new Grades(fractions);
    }

    public static Grades of(ElementSymbol element, Grade grade) {
        return of(Map.of(element, grade));
    }

    /** A copy with one more (or one replaced) element. */
    public Grades with(ElementSymbol element, Grade grade) {
        Map<ElementSymbol, Grade> copy = new TreeMap<>(fractions);
        copy.put(element, grade);
        return new Grades(copy);
    }

    /**
     * These grades updated by an assay that reports {@code reported}: each reported element takes the
     * reported grade (a reported zero included: the laboratory looked and found none), every element
     * the assay does not mention keeps its grade. Throws if the result sums to more than 1.
     */
    public Grades updatedBy(Grades reported) {
        Map<ElementSymbol, Grade> copy = new TreeMap<>(fractions);
        copy.putAll(reported.fractions);
        return new Grades(copy);
    }

    public Optional<Grade> grade(ElementSymbol element) {
        return Optional.ofNullable(fractions.get(element));
    }

    public boolean isEmpty() {
        return fractions.isEmpty();
    }

    /**
     * Contained mass of each assayed element in the given gross mass. Rounded half-even to whole
     * grams because {@link Mass} is whole grams; half-even rather than half-up so that rounding over
     * many lots does not drift upwards and fake a surplus in the element balance.
     */
    public SortedMap<ElementSymbol, Mass> containedGrams(Mass gross) {
        SortedMap<ElementSymbol, Mass> contained = new TreeMap<>();
        fractions.forEach((element, grade) -> contained.put(element, contained(gross, grade)));
        return Collections.unmodifiableSortedMap(contained);
    }

    /** Contained mass of one element, empty if that element was not assayed. */
    public Optional<Mass> contained(ElementSymbol element, Mass gross) {
        return grade(element).map(grade -> contained(gross, grade));
    }

    private static Mass contained(Mass gross, Grade grade) {
        BigDecimal grams = BigDecimal.valueOf(gross.grams()).multiply(grade.fraction());
        return Mass.ofGrams(grams.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }

    @Override
    public String toString() {
        return fractions.toString();
    }

    /** Serialised as an object of element symbol to mass fraction. */
    @Override
    @JsonValue
    public Map<ElementSymbol, Grade> fractions() {
        return fractions;
    }

}
