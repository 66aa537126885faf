package org.mizan.fiscal.royalty;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.mizan.custody.CommittedEvent;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.AdjustmentFacts;
import org.mizan.custody.DispatchFacts;
import org.mizan.custody.ExportFacts;
import org.mizan.custody.ExtractionFacts;
import org.mizan.custody.LotAdjusted;
import org.mizan.custody.LotAssayed;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.ProcessInput;
import org.mizan.custody.ProcessOutput;
import org.mizan.custody.stream.StreamEvaluation;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.registry.Registry;
import org.mizan.registry.SiteKind;

/**
 * Assessment's step over the committed custody stream. The lease boundary is the taxable event: a lot's
 * first dispatch from a mine site is assessed; an export assesses any of its lots that neither it nor a
 * lot it was made from was assessed for. A processed lot counts as assessed when any of its inputs was,
 * so royalty is charged once along a chain, at the mine where the chain allows it.
 */
final class Assessor implements StreamEvaluation.Step {

    static final String FIRST_DISPATCH = "first dispatch from a mine site";
    static final String EXPORT = "export of a lot never assessed";

    private final FiscalLots lots;
    private final Assessments assessments;
    private final Assessing assessing;
    private final Registry registry;
    private final ThreadLocal<List<Assessments.Made>> pending = ThreadLocal.withInitial(java.util.ArrayList::new);

    Assessor(FiscalLots lots, Assessments assessments, Assessing assessing, Registry registry) {
        this.lots = lots;
        this.assessments = assessments;
        this.assessing = assessing;
        this.registry = registry;
    }

    @Override
    public void beginBatch() {
        made().clear();
        assessing.forget();
    }

    @Override
    public void endBatch() {
        assessments.addAll(List.copyOf(made()));
        made().clear();
    }

    // Per thread: a reader catching up and the worker may each be in a batch, one waiting on the other's cursor lock.
    private List<Assessments.Made> made() {
        return pending.get();
    }

    @Override
    public void evaluate(CommittedEvent committed) {
        CustodyEvent event = committed.event();
        if (event instanceof LotExtracted e) {
            lots.add(new FiscalLots.FiscalLot(e.lot(), e.site(), ((ExtractionFacts) committed.facts()).licence(), e.material(),
                    form(e.form()), grades(e.grades()), e.eventId().value(), false));
        } else if (event instanceof LotAssayed a) {
            lots.find(a.lot()).ifPresent(lot -> {
                Map<String, String> merged = new TreeMap<>(lot.grades());
                merged.putAll(grades(a.applied()));
                lots.regrade(a.lot(), merged, a.eventId().value());
            });
        } else if (event instanceof LotAdjusted a && a.kind() == LotAdjusted.Kind.MOISTURE) {
            // Drying raises the grades the dispatched dry mass is assessed at; a sample leaves them as they were.
            Grades dried = ((AdjustmentFacts) committed.facts()).grades();
            lots.find(a.lot()).ifPresent(lot -> lots.regrade(a.lot(), grades(dried), a.eventId().value()));
        } else if (event instanceof LotsProcessed p) {
            processed(p);
        } else if (event instanceof LotDispatched d) {
            dispatched(committed, d);
        } else if (event instanceof ConsignmentExported x) {
            exported(committed, x);
        }
    }

    private void processed(LotsProcessed p) {
        boolean covered = p.inputs().stream().map(ProcessInput::lot).map(lots::find)
                .anyMatch(l -> l.map(FiscalLots.FiscalLot::covered).orElse(false));
        for (ProcessOutput o : p.outputs()) {
            lots.add(new FiscalLots.FiscalLot(o.lot(), p.site(), Optional.empty(), o.material(), form(o.form()), grades(o.grades()),
                    p.eventId().value(), covered));
        }
    }

    // A partial dispatch's new lot is the lot on the road: it inherits its parent's record, whether assessed or not, and
    // only its mass is assessed; the parent's rest is assessed when it leaves the mine in turn.
    private void dispatched(CommittedEvent committed, LotDispatched d) {
        DispatchFacts facts = (DispatchFacts) committed.facts();
        facts.splitFrom().flatMap(lots::find).ifPresent(parent -> lots.add(new FiscalLots.FiscalLot(facts.lot(), parent.site(),
                parent.licence(), parent.material(), parent.form(), parent.grades(), parent.gradeSource(), parent.covered())));
        boolean fromMine = assessing.<Boolean>once(List.of("mine", d.from()),
                () -> registry.site(d.from()).map(s -> s.kind() == SiteKind.MINE).orElse(false));
        if (fromMine) {
            assessOnce(facts.lot(), facts.mass(), committed, FIRST_DISPATCH);
        }
    }

    private void exported(CommittedEvent committed, ConsignmentExported x) {
        ExportFacts facts = (ExportFacts) committed.facts();
        for (LotId lot : x.lots()) {
            assessOnce(lot, facts.exportedMass().getOrDefault(lot, Mass.ZERO), committed, EXPORT);
        }
    }

    private void assessOnce(LotId id, Mass mass, CommittedEvent committed, String taxableEvent) {
        Optional<FiscalLots.FiscalLot> lot = lots.find(id);
        if (lot.isEmpty() || lot.get().covered() || mass.isZero()) {
            return;
        }
        Assessing.Made made = assessing.assess(lot.get(), mass, committed.event().eventId().value(), taxableEvent, committed.event().time());
        made().add(new Assessments.Made(Assessing.id(lot.get()), id, made.licence(), made.province(), committed.event().eventId().value(),
                committed.event().time(), made.body(), made.figures()));
        lots.cover(id);
    }

    private static String form(org.mizan.custody.MaterialForm form) {
        return form.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> grades(Grades grades) {
        Map<String, String> out = new TreeMap<>();
        grades.fractions().forEach((element, grade) -> out.put(element.value(), grade.asText()));
        return out;
    }
}
