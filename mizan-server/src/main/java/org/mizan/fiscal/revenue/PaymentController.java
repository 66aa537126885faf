package org.mizan.fiscal.revenue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.mizan.fiscal.Money;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.ledger.Ledger;
import org.mizan.security.Actor;
import org.mizan.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Payments a company declares to the government, and their reading within the key's scope. */
@RestController
class PaymentController {

    /** A declaration; {@code company} defaults to the key's party (only an administrator names another). */
    record PaymentRequest(String company, String licence, String gfsCode, BigDecimal amount, String currency,
            LocalDate paidOn, String challan) {
    }

    record PaymentView(long id, String company, String licence, String gfsCode, String gfsName, String amount,
            String currency, LocalDate paidOn, String fiscalYear, String challan, OffsetDateTime at, long logIndex) {

        static PaymentView of(PaymentDeclared p) {
            return new PaymentView(p.id(), p.company().value(), p.licence().value(), p.gfs().code(), p.gfs().name(),
                    p.amount().amount().toPlainString(), p.amount().currency().getCurrencyCode(), p.paidOn(),
                    p.fiscalYear().name(), p.challan(), p.at(), p.logIndex());
        }
    }

    record PaymentList(List<PaymentView> payments) {
    }

    private final RevenueBook book;
    private final GfsCatalogue gfs;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Ledger ledger;

    PaymentController(RevenueBook book, GfsCatalogue gfs, CurrentActor currentActor, Clock clock, Ledger ledger) {
        this.book = book;
        this.gfs = gfs;
        this.currentActor = currentActor;
        this.clock = clock;
        this.ledger = ledger;
    }

    @Operation(summary = "Declare a payment to the government for a licence the company holds; committed to the log")
    @PostMapping("/api/v1/fiscal/payments")
    @ResponseStatus(HttpStatus.CREATED)
    PaymentView declare(@RequestBody PaymentRequest body) {
        Actor actor = currentActor.require();
        PartyId company = body.company() == null ? actor.party() : new PartyId(body.company());
        PaymentDeclared stored = book.declare(actor, new PaymentDeclared(0, company, licence(body.licence()),
                gfs.code(body.gfsCode()), money(body.amount(), body.currency()), body.paidOn(), body.challan(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), -1));
        ledger.nudge();
        return PaymentView.of(stored);
    }

    @Operation(summary = "Payments the key may read, by licence, company and fiscal year (e.g. 2025-26)")
    @GetMapping("/api/v1/fiscal/payments")
    PaymentList list(@RequestParam Optional<String> licence, @RequestParam Optional<String> company,
            @RequestParam Optional<String> fiscalYear, @RequestParam Optional<Integer> limit) {
        Actor actor = currentActor.require();
        return new PaymentList(book.payments(actor, query(licence, company, fiscalYear, limit)).stream().map(PaymentView::of).toList());
    }

    @Operation(summary = "One payment, if the key may read it")
    @GetMapping("/api/v1/fiscal/payments/{id}")
    PaymentView one(@PathVariable long id) {
        return book.payment(currentActor.require(), id).map(PaymentView::of)
                .orElseThrow(() -> Rejection.notFound("payment-not-found", "No payment " + id + " that this key may read"));
    }

    static RevenueQuery query(Optional<String> licence, Optional<String> company, Optional<String> fiscalYear, Optional<Integer> limit) {
        int size = limit.orElse(100);
        if (size < 1 || size > RevenueQuery.MAX) {
            throw Rejection.invalid("invalid-limit", "limit must be between 1 and " + RevenueQuery.MAX);
        }
        return new RevenueQuery(licence.map(LicenceNumber::new), company.map(PartyId::new), fiscalYear.map(FiscalYear::of), size);
    }

    static LicenceNumber licence(String number) {
        if (number == null) {
            throw Rejection.invalid("missing-field", "Name the project by its licence number");
        }
        return new LicenceNumber(number);
    }

    static Money money(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            throw Rejection.invalid("missing-field", "An amount and its ISO 4217 currency are required");
        }
        java.util.Currency code;
        try {
            code = Money.currency(currency);
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid(currency.matches("[A-Z]{3}") ? "unknown-currency" : "invalid-currency", e.getMessage());
        }
        try {
            return new Money(amount, code);
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("invalid-amount", e.getMessage());
        }
    }
}
