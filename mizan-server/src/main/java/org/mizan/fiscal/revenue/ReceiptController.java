package org.mizan.fiscal.revenue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

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

/** Receipts of government revenue as a treasury records them. */
@RestController
class ReceiptController {

    record ReceiptRequest(String company, String licence, String gfsCode, BigDecimal amount, String currency,
            LocalDate receivedOn, String challan, String governmentEntity, Long payment) {
    }

    record ReceiptView(long id, String company, String licence, String gfsCode, String gfsName, String amount,
            String currency, LocalDate receivedOn, String fiscalYear, String challan, String governmentEntity,
            Long payment, String recordedBy, OffsetDateTime at, long logIndex) {

        static ReceiptView of(ReceiptRecorded r) {
            return new ReceiptView(r.id(), r.company().value(), r.licence().value(), r.gfs().code(), r.gfs().name(),
                    r.amount().amount().toPlainString(), r.amount().currency().getCurrencyCode(), r.receivedOn(),
                    r.fiscalYear().name(), r.challan(), r.government().value(), r.payment().orElse(null),
                    r.recordedBy().value(), r.at(), r.logIndex());
        }
    }

    record ReceiptList(List<ReceiptView> receipts) {
    }

    private final RevenueBook book;
    private final GfsCatalogue gfs;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Ledger ledger;

    ReceiptController(RevenueBook book, GfsCatalogue gfs, CurrentActor currentActor, Clock clock, Ledger ledger) {
        this.book = book;
        this.gfs = gfs;
        this.currentActor = currentActor;
        this.clock = clock;
        this.ledger = ledger;
    }

    @Operation(summary = "Record a receipt of government revenue (treasury, regulator or administrator); committed to the log")
    @PostMapping("/api/v1/fiscal/receipts")
    @ResponseStatus(HttpStatus.CREATED)
    ReceiptView record(@RequestBody ReceiptRequest body) {
        Actor actor = currentActor.require();
        if (body.company() == null || body.governmentEntity() == null) {
            throw Rejection.invalid("missing-field", "A receipt names the paying company and the receiving governmentEntity");
        }
        ReceiptRecorded stored = book.record(actor, new ReceiptRecorded(0, new PartyId(body.company()),
                PaymentController.licence(body.licence()), gfs.code(body.gfsCode()),
                PaymentController.money(body.amount(), body.currency()), body.receivedOn(), body.challan(),
                new PartyId(body.governmentEntity()), Optional.ofNullable(body.payment()), actor.party(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), -1));
        ledger.nudge();
        return ReceiptView.of(stored);
    }

    @Operation(summary = "Receipts the key may read, by licence, company and fiscal year (e.g. 2025-26)")
    @GetMapping("/api/v1/fiscal/receipts")
    ReceiptList list(@RequestParam Optional<String> licence, @RequestParam Optional<String> company,
            @RequestParam Optional<String> fiscalYear, @RequestParam Optional<Integer> limit) {
        Actor actor = currentActor.require();
        return new ReceiptList(book.receipts(actor, PaymentController.query(licence, company, fiscalYear, limit)).stream()
                .map(ReceiptView::of).toList());
    }

    @Operation(summary = "One receipt, if the key may read it")
    @GetMapping("/api/v1/fiscal/receipts/{id}")
    ReceiptView one(@PathVariable long id) {
        return book.receipt(currentActor.require(), id).map(ReceiptView::of)
                .orElseThrow(() -> Rejection.notFound("receipt-not-found", "No receipt " + id + " that this key may read"));
    }
}
