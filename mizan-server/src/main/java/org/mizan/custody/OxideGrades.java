package org.mizan.custody;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.log.assay.Oxide;

/**
 * The oxide figures an assay reports, by formula ({@code Nd2O3} 0.35), as the laboratory certified them, and the
 * element grades they stand for. Each formula is a simple oxide of one element, no element twice, and the element
 * grades together at most 1. The conversion is the verifier's own ({@link Oxide}), so both get the same digits.
 */
public record OxideGrades(Map<String, Grade> reported) {

    private static final OxideGrades NONE = new OxideGrades(Map.of());

    public OxideGrades {
        if (reported == null) {
            throw new IllegalArgumentException("oxide grades are missing");
        }
        reported = Collections.unmodifiableSortedMap(new TreeMap<>(reported));
        elements(reported);
    }

    public static OxideGrades none() {
        return NONE;
    }

    public boolean isEmpty() {
        return reported.isEmpty();
    }

    /** The element each oxide is reported for, e.g. Nd for Nd2O3; throws naming a formula that is not a simple oxide. */
    public static ElementSymbol element(String formula) {
        return new ElementSymbol(Oxide.of(formula).element());
    }

    /** The grade of each oxide's element. */
    public Grades elements() {
        return elements(reported);
    }

    private static Grades elements(Map<String, Grade> reported) {
        Map<ElementSymbol, Grade> elements = new HashMap<>();
        reported.forEach((formula, grade) -> {
            Oxide oxide = Oxide.of(formula);
            Grade element = new Grade(oxide.elementGrade(grade.fraction()));
            if (elements.put(new ElementSymbol(oxide.element()), element) != null) {
                throw new IllegalArgumentException("two oxides of " + oxide.element() + " are reported");
            }
        });
        return Grades.of(elements);
    }

    @Override
    @JsonValue
    public Map<String, Grade> reported() {
        return reported;
    }
}
