package org.mizan.contracts.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.mizan.contracts.Delivery;
import org.mizan.contracts.MilestoneState.Status;
import org.mizan.contracts.Obligation;

/**
 * Where a milestone stands on a day. An amount milestone counts every delivery recorded against it; a quota
 * milestone counts its latest headcount report (a share is a state, not a sum), as a percentage to two decimals. Delivered when what was
 * delivered reaches what was required, whenever that happened; otherwise overdue once the due day is over in
 * the province's calendar, partly delivered while something short is in, and due while nothing is.
 */
public final class MilestonePolicy {

    public record Judged(BigDecimal delivered, Status status) {
    }

    public Judged judge(Obligation obligation, Obligation.Milestone milestone, List<Delivery> deliveries, LocalDate today) {
        BigDecimal delivered = delivered(obligation, deliveries);
        return new Judged(delivered, status(milestone.due(), milestone.amount(), delivered, today));
    }

    static BigDecimal delivered(Obligation obligation, List<Delivery> deliveries) {
        if (obligation.unit() == Obligation.Unit.PERCENT) {
            return deliveries.stream().filter(d -> d.headcount().isPresent())
                    .max(Comparator.comparing(Delivery::on).thenComparing(Delivery::number))
                    .map(Delivery::amount).orElse(BigDecimal.ZERO).setScale(2, java.math.RoundingMode.HALF_EVEN);
        }
        return deliveries.stream().map(Delivery::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static Status status(LocalDate due, BigDecimal required, BigDecimal delivered, LocalDate today) {
        if (delivered.compareTo(required) >= 0) {
            return Status.DELIVERED;
        }
        if (today.isAfter(due)) {
            return Status.OVERDUE;
        }
        return delivered.signum() > 0 ? Status.PARTLY_DELIVERED : Status.DUE;
    }
}
