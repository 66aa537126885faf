package org.mizan.oversight;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.LotExtracted;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LicenceNumber;
import org.mizan.registry.Licence;
import org.mizan.registry.MineralCapacity;
import org.mizan.registry.Site;

/** The rules on extraction: licence validity, licence area, capacity, declared grade and origin. */
final class ExtractionRules {

    private final RegistryLookups registry;
    private final RuleMemory memory;
    private final LicenceValidityPolicy validity;
    private final ExtractionLocationPolicy location;
    private final CapacityPolicy capacity;
    private final GradeOutlierPolicy grades;
    private final HighRiskOriginPolicy highRisk;
    private final LicenceHoppingPolicy hopping;
    private final LicenceHoppingSettings hoppingSettings;

    ExtractionRules(RegistryLookups registry, RuleMemory memory, OversightSettings settings, LicenceHoppingSettings hoppingSettings) {
        this.registry = registry;
        this.memory = memory;
        this.validity = new LicenceValidityPolicy(registry::zone);
        this.location = new ExtractionLocationPolicy(settings.gpsToleranceMetres());
        this.capacity = new CapacityPolicy(settings.capacityWarnFraction());
        this.grades = new GradeOutlierPolicy(settings.gradeOutlierMads(), settings.gradeMinHistory(), settings.gradeMinSpreadFactor());
        this.highRisk = new HighRiskOriginPolicy(settings.highRiskAreas());
        this.hopping = new LicenceHoppingPolicy(settings.gpsToleranceMetres());
        this.hoppingSettings = hoppingSettings;
    }

    List<Finding> evaluate(CommittedEvent committed, LotExtracted event) {
        Site mine = registry.site(event.site()).orElseThrow();
        Extraction e = extraction(event, mine);
        String mineral = e.mineral();
        memory.rememberLot(e.lot(), e.material(), e.site());
        memory.declareGrades(e.lot(), e.site(), e.operator(), e.eventId(), event.grades());
        List<Finding> findings = new ArrayList<>();
        Optional<Licence> licence = mine.licence().flatMap(registry::licence);
        validity.check(e, licence).ifPresent(findings::add);
        licence.ifPresent(l -> {
            location.check(e, l).ifPresent(findings::add);
            hop(e, l).ifPresent(findings::add);
            ZoneId zone = registry.zone(l.province());
            int year = CapacityPolicy.year(e.time(), zone);
            l.minerals().stream().filter(m -> m.mineral().equals(mineral)).map(MineralCapacity::annualCapacityTonnes).findFirst()
                    .ifPresent(cap -> findings.addAll(capacity.check(e, cap, memory.addExtraction(l.number(), mineral, year, e.mass()), zone)));
        });
        highRisk.check(e, registry.registry().provinces().locate(e.lat(), e.lon())).ifPresent(findings::add);
        event.grades().fractions().forEach((element, grade) -> findings.addAll(grade(committed.seq(),
                new GradeOutlierPolicy.Measurement(e.eventId(), e.lot(), e.site(), e.material(), element, grade.fraction(), e.operator(),
                        false),
                primary(event.material(), element))));
        return findings;
    }

    /**
     * The licence rule alone, for an extraction judged again after a decision about its licence that reaches back
     * before it was first judged; the other rules remember what they saw and are not run twice.
     */
    Optional<Finding> validity(LotExtracted event) {
        Site mine = registry.site(event.site()).orElseThrow();
        return validity.check(extraction(event, mine), mine.licence().flatMap(registry::licence));
    }

    private Extraction extraction(LotExtracted event, Site mine) {
        String mineral = registry.registry().catalogue().material(event.material()).mineral();
        return new Extraction(event.eventId().value(), event.lot(), event.site(), mine.operator(), mine.licence(), event.material(), mineral,
                event.mass(), event.location().latitude(), event.location().longitude(), event.time());
    }

    /** Judges the extraction's point against the holder's other licences and its earlier points, and remembers it. */
    private Optional<Finding> hop(Extraction e, Licence own) {
        List<Licence> holdings = registry.licencesHeldBy(own.holder());
        List<LicenceNumber> siblings = holdings.stream().map(Licence::number).filter(n -> !n.equals(own.number())).toList();
        List<LicenceHoppingPolicy.Point> earlier = siblings.isEmpty() ? List.of()
                : memory.extractionPointsNear(own.holder(), siblings, e.lat(), e.lon(), hopping.toleranceMetres(), e.time(),
                        hoppingSettings.window());
        memory.addExtractionPoint(own.holder(), new LicenceHoppingPolicy.Point(e.eventId(), own.number(), e.lat(), e.lon(), e.time()));
        return hopping.check(e, own, holdings, earlier);
    }

    /** Checks a grade against the site's history of its kind (declared or assayed) and adds it to that history. */
    List<Finding> grade(long seq, GradeOutlierPolicy.Measurement m, boolean check) {
        List<Finding> findings = new ArrayList<>();
        if (check) {
            grades.check(m, memory.grades(m.site(), m.material(), m.element(), m.assayed())).ifPresent(findings::add);
        }
        memory.addGrade(m.site(), m.material(), m.element(), seq, m.fraction(), m.assayed());
        return findings;
    }

    boolean primary(String material, ElementSymbol element) {
        return registry.registry().catalogue().material(material).primaryElement().equals(element);
    }
}
