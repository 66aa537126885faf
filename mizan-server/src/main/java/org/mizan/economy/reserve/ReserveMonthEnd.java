package org.mizan.economy.reserve;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.mizan.economy.ReserveAccount;
import org.mizan.economy.ReserveMonth;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SwitchableWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At each month end (Pakistan time) commits every reserve account's stock for the month that ended, and any month before
 * it still uncommitted, oldest first, so an account's months run on from the month it opened with none missing. It
 * checks hourly, first an hour after start, so tests and tools trigger it themselves with {@link #commitThrough}.
 */
@Component
public class ReserveMonthEnd extends SwitchableWorker {

    public static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private static final Logger log = LoggerFactory.getLogger(ReserveMonthEnd.class);
    private static final Duration EVERY = Duration.ofHours(1);

    private final ReserveStore store;
    private final ReserveTally tally;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReserveMonthEnd(ReserveStore store, ReserveTally tally, TransactionTemplate transaction, Clock clock,
            @Value("${mizan.economy.reserves.month-end:true}") boolean enabled) {
        super("mizan-reserve-month-end", Duration.ofSeconds(10), enabled);
        this.store = store;
        this.tally = tally;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The latest month that has ended in Pakistan. */
    public YearMonth lastEnded() {
        return YearMonth.now(clock.withZone(PAKISTAN)).minusMonths(1);
    }

    /** Commits each account's months after its last committed one through {@code through}; returns how many were committed. */
    public synchronized int commitThrough(YearMonth through) {
        if (through.isAfter(lastEnded())) {
            throw Rejection.invalid("month-not-ended", "Month " + through + " has not ended in Pakistan; the latest ended is " + lastEnded());
        }
        int committed = 0;
        for (ReserveAccount account : store.accounts()) {
            committed += commit(account, through);
        }
        return committed;
    }

    private int commit(ReserveAccount account, YearMonth through) {
        List<ReserveStore.Committed> done = store.months(account.id());
        List<ReserveTally.Movement> movements = tally.at(account.site(), account.material());
        YearMonth next = done.isEmpty() ? account.opened() : done.get(done.size() - 1).month().month().plusMonths(1);
        BigDecimal opening = done.isEmpty() ? before(account.opened(), movements) : done.get(done.size() - 1).month().stockKg();
        int committed = 0;
        for (; !next.isAfter(through); next = next.plusMonths(1), committed++) {
            ReserveMonth month = month(account.id(), next, opening, movements);
            transaction.executeWithoutResult(status -> store.commit(month));
            opening = month.stockKg();
        }
        return committed;
    }

    /** The month's movements summed by kind, on from {@code opening}. */
    static ReserveMonth month(String account, YearMonth month, BigDecimal opening, List<ReserveTally.Movement> movements) {
        List<ReserveTally.Movement> in = movements.stream().filter(m -> monthOf(m).equals(month)).toList();
        return new ReserveMonth(account, month, opening, sum(in, ReserveTally.Kind.INTAKE), sum(in, ReserveTally.Kind.RELEASE),
                sum(in, ReserveTally.Kind.WRITE_OFF));
    }

    /** What the site held of the material before the account opened: its first month's opening stock. */
    static BigDecimal before(YearMonth opened, List<ReserveTally.Movement> movements) {
        List<ReserveTally.Movement> earlier = movements.stream().filter(m -> monthOf(m).isBefore(opened)).toList();
        return sum(earlier, ReserveTally.Kind.INTAKE).subtract(sum(earlier, ReserveTally.Kind.RELEASE))
                .subtract(sum(earlier, ReserveTally.Kind.WRITE_OFF));
    }

    private static YearMonth monthOf(ReserveTally.Movement m) {
        return YearMonth.from(m.time().atZoneSameInstant(PAKISTAN));
    }

    private static BigDecimal sum(List<ReserveTally.Movement> movements, ReserveTally.Kind kind) {
        return movements.stream().filter(m -> m.kind() == kind).map(ReserveTally.Movement::kg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    protected void work() throws InterruptedException {
        while (isRunning()) {
            pause(EVERY);
            if (!isRunning()) {
                return;
            }
            try {
                commitThrough(lastEnded());
            } catch (RuntimeException e) {
                log.error("Reserve month-end commitments failed; retrying in an hour", e);
            }
        }
    }
}
