package org.mizan.custody.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.custody.RegistryFixture.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.Grade;
import org.mizan.kernel.Grades;
import org.mizan.kernel.LotId;
import org.mizan.kernel.Mass;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;
import org.mizan.custody.ConsignmentExported;
import org.mizan.custody.ConsignmentId;
import org.mizan.custody.CustodyEvent;
import org.mizan.custody.EventFixture;
import org.mizan.custody.EventId;
import org.mizan.custody.LotAssayed;
import org.mizan.custody.LotDispatched;
import org.mizan.custody.LotExtracted;
import org.mizan.custody.LotLost;
import org.mizan.custody.LotReceived;
import org.mizan.custody.MaterialForm;

/**
 * A seeded random walk of valid custody events through a real book, with its own tally of every gram
 * that entered or left the books, kept independently of the book so the two can be compared.
 */
public final class RandomHistory {

    public enum Step { EXTRACT, DISPATCH, SPLIT, RECEIVE, PROCESS, PROCESS_WITH_SURPLUS, ASSAY, LOSE, EXPORT, INVALID }

    private static final List<SiteId> DESTINATIONS = List.of(HUB_PLANT, HUB_PLANT, KARACHI_PORT, KARACHI_PORT, QUETTA_STORE, KARACHI_LAB);
    private static final Map<ElementSymbol, String> CONCENTRATE = Map.of(CU, "CU-CONC", ND, "REE-CONC", SB, "SB-CONC", FE, "TAILINGS");

    public final Random random;
    public final LotBook book = LotFixture.emptyBook();
    public final List<CustodyEvent> accepted = new ArrayList<>();
    long extracted;
    long produced;
    long consumed;
    long lost;
    long exported;
    long receiptDelta;
    private OffsetDateTime clock = EventFixture.T0;
    private int serial;

    RandomHistory(long seed) {
        this.random = new Random(seed);
    }

    /** Grams the tallies say should be available across all lots. */
    public long expectedAvailableGrams() {
        return extracted + produced - consumed - lost - exported + receiptDelta;
    }

    /** Takes one random step and says which kind it was; a step with no candidate lot falls back to extraction. */
    Step step(InvalidAttempts invalid) {
        Step step = Step.values()[random.nextInt(Step.values().length)];
        boolean done = take(step, invalid);
        if (!done) {
            extract();
            return Step.EXTRACT;
        }
        return step;
    }

    private boolean take(Step step, InvalidAttempts invalid) {
        if (step == Step.EXTRACT) { extract(); return true; }
        if (step == Step.DISPATCH) { return dispatch(); }
        if (step == Step.SPLIT) { return split(); }
        if (step == Step.RECEIVE) { return receive(); }
        if (step == Step.PROCESS) { return process(false); }
        if (step == Step.PROCESS_WITH_SURPLUS) { return process(true); }
        if (step == Step.ASSAY) { return assay(); }
        if (step == Step.LOSE) { return lose(); }
        if (step == Step.EXPORT) { return export(); }
        return invalid.attempt(this);
    }

    void extract() {
        int mine = random.nextInt(3);
        SiteId site = List.of(CHAGAI_MINE, CHITRAL_MINE, WILD_PIT).get(mine);
        String material = List.of("CU-ORE", "REE-ORE", "SB-ORE").get(mine);
        Mass mass = Mass.ofGrams(100_000 + random.nextInt(50_000_000));
        apply(new LotExtracted(id(), tick(), profile(site).operator(), new LotId("L" + serial), site, material,
                MaterialForm.ORE, mass, gradesFor(material), EventFixture.CHAGAI));
        extracted += mass.grams();
    }

    private boolean dispatch() {
        return pick(openLots()).map(lot -> {
            List<SiteId> choices = DESTINATIONS.stream().filter(s -> !s.equals(lot.site())).toList();
            SiteId to = choices.get(random.nextInt(choices.size()));
            apply(new LotDispatched(id(), tick(), lot.custodian(), lot.id(), lot.site(), to, EventFixture.permit(0, 10_000)));
            return true;
        }).orElse(false);
    }

    // A part moves mass from one lot to another: the tally of what is on the books does not change.
    private boolean split() {
        return pick(openLots().stream().filter(l -> l.availableMass().grams() > 1).toList()).map(lot -> {
            List<SiteId> choices = DESTINATIONS.stream().filter(s -> !s.equals(lot.site())).toList();
            SiteId to = choices.get(random.nextInt(choices.size()));
            Mass part = Mass.ofGrams(1 + (long) (random.nextDouble() * (lot.availableMass().grams() - 1)));
            apply(new LotDispatched(id(), tick(), lot.custodian(), lot.id(), lot.site(), to, EventFixture.permit(0, 10_000),
                    java.util.Optional.empty(), java.util.Optional.of(new LotDispatched.Part(newLotId(), part))));
            return true;
        }).orElse(false);
    }

    private boolean receive() {
        return pick(lots(LotStatus.IN_TRANSIT)).map(lot -> {
            Mass sent = lot.availableMass();
            int roll = random.nextInt(100);
            long got = roll < 2 ? 0 : roll < 17 ? sent.grams() - random.nextInt((int) Math.max(1, sent.grams() / 30))
                    : roll < 22 ? sent.grams() + random.nextInt(1_000) : sent.grams();
            SiteId at = lot.destination().orElseThrow();
            apply(new LotReceived(id(), tick(), profile(at).operator(), lot.id(), at, Mass.ofGrams(got)));
            receiptDelta += got - sent.grams();
            return true;
        }).orElse(false);
    }

    private boolean process(boolean injectSurplus) {
        Map<String, List<Lot>> groups = openLots().stream().collect(Collectors.groupingBy(l -> l.site() + "|" + l.custodian()));
        if (groups.isEmpty()) {
            return false;
        }
        List<List<Lot>> all = new ArrayList<>(new TreeMap<>(groups).values());
        List<Lot> group = new ArrayList<>(all.get(random.nextInt(all.size())));
        java.util.Collections.shuffle(group, random);
        List<Lot> chosen = group.subList(0, 1 + random.nextInt(Math.min(3, group.size())));
        new RandomProcess(this, chosen, injectSurplus).run();
        return true;
    }

    private boolean assay() {
        return pick(new ArrayList<>(book.lots())).map(lot -> {
            Grades grades = completedWhereNeeded(lot.grades(), gradesFor(lot.material()));
            apply(new LotAssayed(id(), tick(), SGS, lot.id(), KARACHI_LAB, grades, "CERT-" + serial));
            return true;
        }).orElse(false);
    }

    private boolean lose() {
        return pick(openLots()).map(lot -> {
            long available = lot.availableMass().grams();
            long grams = random.nextInt(3) == 0 ? available : 1 + (long) (random.nextDouble() * (available - 1));
            apply(new LotLost(id(), tick(), lot.custodian(), lot.id(), Mass.ofGrams(grams), "spillage"));
            lost += grams;
            return true;
        }).orElse(false);
    }

    private boolean export() {
        List<Lot> atPort = openLots().stream().filter(l -> l.site().equals(KARACHI_PORT) && l.custodian().equals(PORT_OPERATOR)).toList();
        if (atPort.isEmpty()) {
            return false;
        }
        List<Lot> chosen = atPort.subList(0, 1 + random.nextInt(Math.min(3, atPort.size())));
        apply(new ConsignmentExported(id(), tick(), PORT_OPERATOR, new ConsignmentId("CONS-" + serial),
                chosen.stream().map(Lot::id).toList(), KARACHI_PORT, BUYER, new org.mizan.kernel.CountryCode("US"), BigDecimal.TEN));
        exported += chosen.stream().mapToLong(l -> l.availableMass().grams()).sum();
        return true;
    }

    /** A laboratory whose grades would sum above 1 with those it keeps reports every element, the others as absent. */
    private static Grades completedWhereNeeded(Grades kept, Grades reported) {
        try {
            kept.updatedBy(reported);
            return reported;
        } catch (IllegalArgumentException e) {
            Grades complete = reported;
            for (ElementSymbol element : kept.fractions().keySet()) {
                complete = complete.grade(element).isPresent() ? complete : complete.with(element, new Grade(BigDecimal.ZERO));
            }
            return complete;
        }
    }

    public Grades gradesFor(String material) {
        ElementSymbol primary = CATALOGUE.requirePrimaryElement(material);
        if (primary.equals(CU)) {
            Grades copper = Grades.of(CU, grade(5_000, 30_000));
            return random.nextBoolean() ? copper.with(FE, grade(50_000, 300_000)) : copper;
        }
        if (primary.equals(ND)) {
            return Grades.of(ND, grade(10_000, 50_000)).with(PR, grade(3_000, 15_000));
        }
        return Grades.of(primary, grade(100_000, 500_000));
    }

    private Grade grade(int loMicro, int hiMicro) {
        return new Grade(BigDecimal.valueOf(loMicro + random.nextInt(hiMicro - loMicro), 6));
    }

    public static String concentrateOf(ElementSymbol primary) {
        return CONCENTRATE.get(primary);
    }

    Applied apply(CustodyEvent event) {
        Applied applied = book.apply(event);
        accepted.add(event);
        return applied;
    }

    public List<Lot> openLots() {
        return lots(LotStatus.AT_SITE);
    }

    public List<Lot> lots(LotStatus status) {
        return book.lots().stream().filter(l -> l.status() == status).sorted(Comparator.comparing(l -> l.id().value())).toList();
    }

    <T> java.util.Optional<T> pick(List<T> items) {
        return items.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(items.get(random.nextInt(items.size())));
    }

    public EventId id() {
        serial++;
        return new EventId("e-" + serial);
    }

    public LotId newLotId() {
        serial++;
        return new LotId("P" + serial);
    }

    public OffsetDateTime tick() {
        clock = clock.plusMinutes(random.nextInt(180));
        return clock;
    }

    OffsetDateTime now() {
        return clock;
    }

    public PartyId operatorOf(SiteId site) {
        return profile(site).operator();
    }

    public static BigDecimal maxUnattributed(List<Lot> lots) {
        return lots.stream().map(l -> l.origin().unattributedShare()).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    }

    public static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 12, RoundingMode.DOWN);
    }

    public static void assertNoMoreThan(Map<ElementSymbol, Mass> out, Map<ElementSymbol, Mass> in) {
        out.forEach((element, mass) -> assertThat(mass).isLessThanOrEqualTo(in.getOrDefault(element, Mass.ZERO)));
    }
}
