package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Each licence's yearly licence fee (GFS 114521E), paid once between July and December of the simulated
 * year, so that its reconciliation line falls in a fiscal year the server still judges, and at least a month
 * before {@code today}, so that the line has settled. The treasury records it in full on the day paid, except
 * for one licence in every {@code 1 / rate}, whose fee it records 10 % to 50 % short or not at all: labelled
 * {@code PAYMENT_RECEIPT_MISMATCH}.
 */
final class Rents {

    private Rents() {
    }

    static List<Remittance> plan(List<World.Licence> licences, int year, LocalDate today, double rate, Random random, List<Label> labels,
            String prefix) {
        int mismatched = Math.max(1, (int) Math.round(licences.size() * rate));
        int every = Math.max(1, licences.size() / mismatched);
        int offset = random.nextInt(every);
        LocalDate from = LocalDate.of(year, 7, 1);
        LocalDate to = LocalDate.of(year, 12, 31).isBefore(today.minusDays(32)) ? LocalDate.of(year, 12, 31) : today.minusDays(32);
        List<Remittance> out = new ArrayList<>();
        for (int i = 0; i < licences.size(); i++) {
            World.Licence l = licences.get(i);
            BigDecimal fee = BigDecimal.valueOf(150_000 + 1_000L * random.nextInt(1351));
            LocalDate on = from.plusDays(random.nextInt((int) Math.max(1, to.toEpochDay() - from.toEpochDay() + 1)));
            BigDecimal received = fee;
            if (i % every == offset && i / every < mismatched) {
                received = random.nextBoolean() ? null : fee.multiply(BigDecimal.valueOf(50 + random.nextInt(41))).movePointLeft(2);
                labels.add(new Label("PAYMENT_RECEIPT_MISMATCH", null, l.number()));
            }
            out.add(new Remittance(l.number(), l.holder(), Remittance.LICENCE_FEES, fee, on, prefix.toUpperCase() + "-LF-" + i, received));
        }
        return out;
    }
}
