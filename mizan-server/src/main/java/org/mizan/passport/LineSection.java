package org.mizan.passport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mizan.custody.ConsignmentChain;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.kernel.Mass;
import org.mizan.log.passport.Passport;
import org.mizan.log.passport.PassportLine;
import org.mizan.log.passport.ValueChainStage;
import org.mizan.registry.Catalogue;
import org.mizan.registry.Material;

import tools.jackson.databind.JsonNode;

/**
 * The lines of a passport (what left: material, form and value-chain stage, net mass, contained mass
 * of each element, purity with the assays behind it, origin) and their totals.
 */
final class LineSection {

    private final Catalogue catalogue;
    private final SiteNames sites;

    LineSection(Catalogue catalogue, SiteNames sites) {
        this.catalogue = catalogue;
        this.sites = sites;
    }

    List<PassportLine> lines(ConsignmentChain chain) {
        List<PassportLine> lines = new ArrayList<>();
        // Ordered by lot id in Java, not by the database's collation, so the verifier orders them the same way.
        List<ConsignmentChain.Line> ordered = new ArrayList<>(chain.lines());
        ordered.sort(java.util.Comparator.comparing(ConsignmentChain.Line::lot));
        for (ConsignmentChain.Line line : ordered) {
            Material material = catalogue.material(line.material());
            ValueChainStage stage = ValueChainStage.of(line.form());
            PassportLine.Stage onLadder = new PassportLine.Stage(stage.step(), stage.description(), material.stage());
            PassportLine.Purity purity = new PassportLine.Purity(line.grades(), assays(chain, line.lot()));
            lines.add(new PassportLine(line.lot(), line.material(), material.name(), line.form(), onLadder,
                    Mass.ofGrams(line.exportedGrams()).toKilogramsString(), kilograms(contained(line)), purity, line.origin()));
        }
        return lines;
    }

    Passport.Totals totals(ConsignmentChain chain) {
        Mass total = Mass.ZERO;
        Map<ElementSymbol, Mass> contained = new TreeMap<>();
        TreeSet<String> forms = new TreeSet<>();
        for (ConsignmentChain.Line line : chain.lines()) {
            total = total.plus(Mass.ofGrams(line.exportedGrams()));
            contained(line).forEach((element, mass) -> contained.merge(element, mass, Mass::plus));
            forms.add(line.form());
        }
        return new Passport.Totals(total.toKilogramsString(), kilograms(contained), List.copyOf(forms));
    }

    private static Map<ElementSymbol, Mass> contained(ConsignmentChain.Line line) {
        Map<ElementSymbol, Grade> fractions = new LinkedHashMap<>();
        line.grades().forEach((element, grade) -> fractions.put(new ElementSymbol(element), Grade.of(grade)));
        return Grades.of(fractions).containedGrams(Mass.ofGrams(line.exportedGrams()));
    }

    private static Map<String, String> kilograms(Map<ElementSymbol, Mass> contained) {
        Map<String, String> out = new LinkedHashMap<>();
        contained.forEach((element, mass) -> out.put(element.value(), mass.toKilogramsString()));
        return out;
    }

    /** The oxide figures an assay reports, as committed; null (left out) for an assay of elements only. */
    private static Map<String, String> oxides(JsonNode body) {
        if (!body.hasNonNull("oxides")) {
            return null;
        }
        Map<String, String> oxides = new LinkedHashMap<>();
        body.get("oxides").properties().forEach(e -> oxides.put(e.getKey(), e.getValue().asString()));
        return oxides;
    }

    /** The assays of the lot, newest last: the last one's grades are the line's purity. */
    private List<PassportLine.Assay> assays(ConsignmentChain chain, String lot) {
        List<PassportLine.Assay> assays = new ArrayList<>();
        for (ConsignmentChain.Event event : chain.events()) {
            if ("assayed".equals(event.type()) && lot.equals(event.body().path("lot").asString())) {
                String laboratory = event.body().path("laboratory").asString();
                assays.add(new PassportLine.Assay(laboratory, sites.name(laboratory), event.time(),
                        event.body().path("certificate").asString(), event.eventId(), oxides(event.body())));
            }
        }
        return assays;
    }
}
