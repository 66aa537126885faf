package org.mizan.fiscal.revenue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mizan.fiscal.Money;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;

/** Sums payments and receipts of one fiscal year per GFS code, company, project and currency, and judges each difference. */
public final class Reconciler {

    private record Key(String gfs, String company, String licence, String currency) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return (gfs + "|" + company + "|" + licence + "|" + currency).compareTo(o.gfs + "|" + o.company + "|" + o.licence + "|" + o.currency);
        }
    }

    private static final class Sides {
        GfsCode gfs;
        BigDecimal declared = BigDecimal.ZERO;
        BigDecimal received = BigDecimal.ZERO;
        final List<Long> payments = new ArrayList<>();
        final List<Long> receipts = new ArrayList<>();
    }

    private final Materiality materiality;

    public Reconciler(Materiality materiality) {
        this.materiality = materiality;
    }

    public List<ReconciliationLine> reconcile(FiscalYear year, List<PaymentDeclared> payments, List<ReceiptRecorded> receipts) {
        return reconcileGroups(year,
                payments.stream().map(p -> new RevenueGroup(p.gfs(), null, p.company(), p.licence(), p.amount(), List.of(p.logIndex()),
                        p.paidOn(), p.at().toInstant())).toList(),
                receipts.stream().map(r -> new RevenueGroup(r.gfs(), r.government(), r.company(), r.licence(), r.amount(),
                        List.of(r.logIndex()), r.receivedOn(), r.at().toInstant())).toList());
    }

    private List<ReconciliationLine> lines(FiscalYear year, Map<Key, Sides> lines) {
        List<ReconciliationLine> out = new ArrayList<>();
        lines.forEach((k, s) -> {
            Currency currency = Currency.getInstance(k.currency());
            Money declared = new Money(s.declared, currency);
            Money received = new Money(s.received, currency);
            out.add(new ReconciliationLine(s.gfs, new PartyId(k.company()), new LicenceNumber(k.licence()), year, declared,
                    received, new Money(s.received.subtract(s.declared), currency), materiality.isMaterial(declared, received),
                    s.payments, s.receipts));
        });
        return out;
    }

    /** The same lines from sums the database made: a year's payments and receipts never all in memory at once. */
    public List<ReconciliationLine> reconcileGroups(FiscalYear year, List<RevenueGroup> payments, List<RevenueGroup> receipts) {
        Map<Key, Sides> lines = new TreeMap<>();
        for (RevenueGroup p : payments) {
            Sides s = lines.computeIfAbsent(key(p.gfs(), p.company(), p.licence(), p.total()), k -> new Sides());
            s.gfs = p.gfs();
            s.declared = s.declared.add(p.total().amount());
            s.payments.addAll(p.entries());
        }
        for (RevenueGroup r : receipts) {
            Sides s = lines.computeIfAbsent(key(r.gfs(), r.company(), r.licence(), r.total()), k -> new Sides());
            s.gfs = r.gfs();
            s.received = s.received.add(r.total().amount());
            s.receipts.addAll(r.entries());
        }
        return lines(year, lines);
    }

    private static Key key(GfsCode gfs, PartyId company, LicenceNumber licence, Money amount) {
        return new Key(gfs.code(), company.value(), licence.value(), amount.currency().getCurrencyCode());
    }
}
