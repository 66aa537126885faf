package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.kernel.Mass;
import org.mizan.custody.ElementBalance;
import org.mizan.custody.LotsProcessed;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.ProcessBalance;
import org.mizan.custody.ProcessInput;
import org.mizan.custody.ProcessOutput;
import org.mizan.custody.RegistryFixture;

/**
 * One random processing step: random partial consumption of co-located lots, a concentrate whose
 * contained elements stay within what went in (or, when a surplus is injected, exceed it), and
 * sometimes a tailings lot. Checks conservation independently of the book's own balance.
 */
final class RandomProcess {

    private final RandomHistory history;
    private final List<Lot> inputs;
    private final boolean injectSurplus;

    RandomProcess(RandomHistory history, List<Lot> inputs, boolean injectSurplus) {
        this.history = history;
        this.inputs = inputs;
        this.injectSurplus = injectSurplus;
    }

    void run() {
        List<ProcessInput> feeds = new ArrayList<>();
        Map<ElementSymbol, Mass> contained = new TreeMap<>();
        for (Lot lot : inputs) {
            long available = lot.availableMass().grams();
            Mass take = Mass.ofGrams(history.random.nextBoolean() ? available : 1 + (long) (history.random.nextDouble() * (available - 1)));
            feeds.add(new ProcessInput(lot.id(), take));
            lot.grades().containedGrams(take).forEach((e, m) -> contained.merge(e, m, Mass::plus));
        }
        ElementSymbol primary = RegistryFixture.CATALOGUE.requirePrimaryElement(inputs.get(0).material());
        List<ProcessOutput> outputs = new ArrayList<>();
        ProcessOutput concentrate = concentrate(primary, contained);
        outputs.add(concentrate);
        if (history.random.nextBoolean()) {
            long total = feeds.stream().mapToLong(f -> f.mass().grams()).sum();
            outputs.add(new ProcessOutput(history.newLotId(), "TAILINGS", MaterialForm.RESIDUE,
                    Mass.ofGrams(1 + (long) (history.random.nextDouble() * total)), Grades.none()));
        }
        Lot site = inputs.get(0);
        Applied applied = history.apply(new LotsProcessed(history.id(), history.tick(), site.custodian(), site.site(),
                "flotation", feeds, outputs));
        history.consumed += feeds.stream().mapToLong(f -> f.mass().grams()).sum();
        history.produced += outputs.stream().mapToLong(o -> o.mass().grams()).sum();
        check((ProcessBalance) applied.facts(), primary, concentrate, contained);
    }

    private ProcessOutput concentrate(ElementSymbol primary, Map<ElementSymbol, Mass> contained) {
        Map<ElementSymbol, Long> target = new TreeMap<>();
        contained.forEach((element, mass) -> {
            long recovered = mass.grams() * (300 + history.random.nextInt(701)) / 1000;
            boolean inflate = injectSurplus && element.equals(primary);
            target.put(element, inflate ? mass.grams() + mass.grams() / 10 + 1_000 : recovered);
        });
        if (injectSurplus) {
            target.putIfAbsent(primary, 1_000L);
        }
        long sum = target.values().stream().mapToLong(Long::longValue).sum();
        long gramsOut = sum == 0 ? 1 + history.random.nextInt(1_000) : sum * 1_000 / (200 + history.random.nextInt(700)) + 1;
        Grades grades = Grades.none();
        for (Map.Entry<ElementSymbol, Long> t : target.entrySet()) {
            BigDecimal fraction = BigDecimal.valueOf(t.getValue()).divide(BigDecimal.valueOf(gramsOut), Grade.MAX_SCALE, RoundingMode.DOWN);
            grades = grades.with(t.getKey(), new Grade(fraction));
        }
        return new ProcessOutput(history.newLotId(), RandomHistory.concentrateOf(primary), MaterialForm.CONCENTRATE,
                Mass.ofGrams(gramsOut), grades);
    }

    private void check(ProcessBalance balance, ElementSymbol primary, ProcessOutput concentrate, Map<ElementSymbol, Mass> in) {
        Lot produced = history.book.find(concentrate.lot()).orElseThrow();
        if (injectSurplus) {
            assertThat(balance.breaches()).extracting(ElementBalance::element).contains(primary);
            assertThat(produced.origin().unattributedShare()).isPositive();
            return;
        }
        RandomHistory.assertNoMoreThan(concentrate.grades().containedGrams(concentrate.mass()), in);
        assertThat(balance.breaches()).isEmpty();
        // With no surplus the mix can only dilute what the inputs already carried unattributed.
        BigDecimal ceiling = RandomHistory.maxUnattributed(inputs).add(new BigDecimal("1E-11"));
        assertThat(produced.origin().unattributedShare()).isLessThanOrEqualTo(ceiling);
    }
}
