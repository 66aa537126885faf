package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How the companies pay their royalties. Honest ones pay whole rupees (rounded down), each payment
 * covering the royalties of a run of days, on any day from the last of them up to the first one's deadline,
 * in one to three instalments. The treasury books receipts against the oldest royalty first: a deficit
 * would carry into every later royalty, and any money received by a deadline, whatever it was paid for,
 * pays the oldest royalty first. So a company in arrears pays nothing more until the arrears are due, then
 * makes them good. One licence-month in every {@code 1 / rate} is left unpaid until the day after its last
 * deadline (every royalty of it labelled {@code ROYALTY_UNPAID}); as many single royalties, each the last of
 * its day, are paid 70 to 95 % and the rest the day after the deadline (labelled {@code ROYALTY_SHORTFALL}).
 * Only royalties whose judgment is due by {@code today} carry anomalies.
 */
final class RoyaltyPlan {

    /** The rule's recording grace and a day's margin for the server's calendar. */
    static final int JUDGED_AFTER_DAYS = 9;

    private final Random random;
    private final LocalDate today;
    private final String prefix;
    private final List<Label> labels = new ArrayList<>();
    private final List<Remittance> remittances = new ArrayList<>();

    RoyaltyPlan(Random random, LocalDate today, String prefix) {
        this.random = random;
        this.today = today;
        this.prefix = prefix.toUpperCase();
    }

    List<Label> labels() {
        return labels;
    }

    List<Remittance> remittances() {
        return remittances;
    }

    /** Plans the payments of every licence, injecting the anomalies at {@code rate} of the licence-months. */
    RoyaltyPlan pay(List<Royalty> royalties, double rate) {
        Map<String, List<Royalty>> byLicence = new LinkedHashMap<>();
        royalties.stream().sorted(Comparator.comparing(Royalty::at).thenComparing(Royalty::order))
                .forEach(r -> byLicence.computeIfAbsent(r.licence(), k -> new ArrayList<>()).add(r));
        List<String> months = new ArrayList<>();
        byLicence.forEach((licence, dues) -> dues.stream().map(r -> licence + "/" + YearMonth.from(r.day())).distinct()
                .filter(m -> judged(dues, m)).forEach(months::add));
        Collections.shuffle(months, random);
        int count = Math.max(1, (int) Math.round(months.size() * rate));
        Set<String> unpaid = new HashSet<>(months.subList(0, Math.min(count, months.size())));
        Set<String> shortMonths = new HashSet<>(months.subList(Math.min(count, months.size()), Math.min(2 * count, months.size())));
        byLicence.forEach((licence, dues) -> new Schedule(licence, dues, unpaid, shortfalls(dues, shortMonths)).run());
        return this;
    }

    private boolean judged(List<Royalty> dues, String month) {
        return dues.stream().filter(r -> month(r).equals(month))
                .allMatch(r -> !r.deadline().plusDays(1).isAfter(today.minusDays(JUDGED_AFTER_DAYS)));
    }

    private static String month(Royalty r) {
        return r.licence() + "/" + YearMonth.from(r.day());
    }

    /** In each chosen month, the last royalty of a random day: paying it short leaves no deficit on a royalty after it by its deadline. */
    private Set<Integer> shortfalls(List<Royalty> dues, Set<String> months) {
        Set<Integer> out = new HashSet<>();
        for (String m : months) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < dues.size(); i++) {
                if (month(dues.get(i)).equals(m)) {
                    in.add(i);
                }
            }
            if (!in.isEmpty()) {
                int i = in.get(random.nextInt(in.size()));
                while (i + 1 < dues.size() && dues.get(i + 1).day().equals(dues.get(i).day())) {
                    i++;
                }
                out.add(i);
            }
        }
        return out;
    }

    /** One licence's payments, in the order of its royalties. */
    private final class Schedule {

        private final String licence;
        private final List<Royalty> dues;
        private final Set<String> unpaid;
        private final Set<Integer> shortfalls;
        private BigDecimal owed = BigDecimal.ZERO;
        private BigDecimal paid = BigDecimal.ZERO;
        /** The first day a payment may be made on: after the deadline of the arrears, if any. */
        private LocalDate notBefore = LocalDate.MIN;

        Schedule(String licence, List<Royalty> dues, Set<String> unpaid, Set<Integer> shortfalls) {
            this.licence = licence;
            this.dues = dues;
            this.unpaid = unpaid;
            this.shortfalls = shortfalls;
        }

        void run() {
            for (int i = 0; i < dues.size();) {
                i = unpaid.contains(month(dues.get(i))) ? late(i) : group(i);
            }
        }

        /** A month left unpaid: all of it paid the day after its last deadline. */
        private int late(int i) {
            int j = i;
            while (j + 1 < dues.size() && month(dues.get(j + 1)).equals(month(dues.get(i)))) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                owed = owed.add(dues.get(k).duePkr());
                labels.add(new Label("ROYALTY_UNPAID", dues.get(k).eventId(), null));
            }
            notBefore = dues.get(j).deadline().plusDays(1);
            pay(owed, notBefore);
            return j + 1;
        }

        /** The royalties of a run of days, paid by the first one's deadline; a short one ends its run. */
        private int group(int i) {
            LocalDate first = dues.get(i).day();
            LocalDate deadline = dues.get(i).deadline();
            LocalDate cut = first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, deadline) + 1));
            int j = i;
            while (j < dues.size() && !shortfalls.contains(j) && j + 1 < dues.size() && !dues.get(j + 1).day().isAfter(cut)
                    && !unpaid.contains(month(dues.get(j + 1)))) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                owed = owed.add(dues.get(k).duePkr());
            }
            LocalDate last = dues.get(j).day().isBefore(notBefore) ? notBefore : dues.get(j).day();
            LocalDate on = last.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(last, deadline) + 1));
            on = on.isAfter(today) ? today : on;
            BigDecimal withheld = BigDecimal.ZERO;
            if (shortfalls.contains(j)) {
                withheld = dues.get(j).duePkr().multiply(BigDecimal.valueOf(0.05 + 0.25 * random.nextDouble()));
                labels.add(new Label("ROYALTY_SHORTFALL", dues.get(j).eventId(), null));
            }
            instalments(owed.subtract(withheld), last, on);
            if (withheld.signum() > 0) {
                notBefore = dues.get(j).deadline().plusDays(1);
                pay(owed, notBefore);
            }
            return j + 1;
        }

        /** One to three instalments between the last royalty's day and {@code on}, bringing what was paid to {@code target}. */
        private void instalments(BigDecimal target, LocalDate from, LocalDate on) {
            double u = random.nextDouble();
            int n = u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
            BigDecimal start = paid;
            for (int k = 1; k < n; k++) {
                LocalDate day = from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, on) + 1));
                pay(start.add(target.subtract(start).multiply(BigDecimal.valueOf(k * (0.8 + 0.4 * random.nextDouble()) / n))).min(target),
                        day.isAfter(on) ? on : day);
            }
            pay(target, on);
        }

        /** Pays, in whole rupees rounded down, what brings the total paid up to {@code target}. */
        private void pay(BigDecimal target, LocalDate on) {
            BigDecimal amount = target.setScale(0, RoundingMode.FLOOR).subtract(paid);
            if (amount.signum() <= 0) {
                return;
            }
            paid = paid.add(amount);
            String challan = prefix + "-RY-" + licence.substring(licence.lastIndexOf('-') + 1) + "-" + remittances.size();
            remittances.add(new Remittance(licence, dues.get(0).company(), Remittance.ROYALTIES, amount, on, challan, amount));
        }
    }
}
