package org.mizan.fiscal.web;

import java.util.List;
import java.util.Optional;

import org.mizan.fiscal.royalty.Assessments;
import org.mizan.fiscal.royalty.IncentiveProposal;
import org.mizan.fiscal.royalty.RateProposal;
import org.mizan.fiscal.royalty.RateRow;
import org.mizan.fiscal.royalty.RoyaltyLedger;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
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

/** Royalty regimes, reference prices, exchange rates and assessments: public to read (EITI 4.7), rates written by regulators. */
@RestController
class RoyaltyController {

    private final RoyaltyLedger royalties;
    private final CurrentActor actor;

    RoyaltyController(RoyaltyLedger royalties, CurrentActor actor) {
        this.royalties = royalties;
        this.actor = actor;
    }

    @Operation(summary = "Royalty regime rows", description = "Public. Every row ever recorded, with its log entry; illustrative rows "
            + "say \"" + RateRow.ILLUSTRATIVE + "\".")
    @GetMapping("/api/v1/fiscal/rates")
    List<RoyaltyViews.RateView> rates(@RequestParam Optional<String> province) {
        return royalties.rates(province.map(ProvinceCode::new)).stream().map(RoyaltyViews.RateView::of).toList();
    }

    @Operation(summary = "Add a royalty regime row", description = "The regulator of the row's province, or an administrator. Rows are "
            + "never edited: a later row supersedes an open-ended one of the same province, mineral and form from its validFrom; any "
            + "other overlap is a 409. rate is a share (0.05 = 5 %) or, for basis per-tonne, an amount per tonne in currency.")
    @PostMapping("/api/v1/fiscal/rates")
    @ResponseStatus(HttpStatus.CREATED)
    RoyaltyViews.RateView addRate(@RequestBody RateProposal proposal) {
        return RoyaltyViews.RateView.of(royalties.addRate(actor.require(), proposal));
    }

    @Operation(summary = "Fiscal incentives", description = "Public. Royalty holidays, reduced rates and tax credits with the share "
            + "of royalty each relieves; assessments name the one they applied.")
    @GetMapping("/api/v1/fiscal/incentives")
    List<RoyaltyViews.IncentiveView> incentives() {
        return royalties.incentives().stream().map(RoyaltyViews.IncentiveView::of).toList();
    }

    @Operation(summary = "Grant a fiscal incentive", description = "For a licence or site: the regulator of its province or an "
            + "administrator; for a stage of the value chain (scope stage, scopeValue its number on the ladder): an administrator. "
            + "kind royalty-holiday (relief 1), reduced-rate, exploration-credit, processing-credit or research-credit.")
    @PostMapping("/api/v1/fiscal/incentives")
    @ResponseStatus(HttpStatus.CREATED)
    RoyaltyViews.IncentiveView addIncentive(@RequestBody IncentiveProposal proposal) {
        return RoyaltyViews.IncentiveView.of(royalties.addIncentive(actor.require(), proposal));
    }

    @Operation(summary = "Royalties due and forgone", description = "Public. Per province and licence (the EITI project) for taxable "
            + "events of a calendar year: assessments made, those that could not be made, due in USD and PKR, and revenue forgone to "
            + "incentives.")
    @GetMapping("/api/v1/fiscal/royalty-totals")
    List<Assessments.Total> totals(@RequestParam int year, @RequestParam Optional<String> province) {
        return royalties.totals(province.map(ProvinceCode::new), year);
    }

    @Operation(summary = "Reference prices", description = "Public. Item is an element (Cu), a compound (Nd2O3) or a material; "
            + "confidence official, trade-press, declared or illustrative.")
    @GetMapping("/api/v1/fiscal/prices")
    List<RoyaltyViews.PriceView> prices(@RequestParam Optional<String> item) {
        return royalties.prices(item).stream().map(RoyaltyViews.PriceView::of).toList();
    }

    @Operation(summary = "Exchange rates", description = "Public. Rupees per US dollar from each day on.")
    @GetMapping("/api/v1/fiscal/exchange-rates")
    List<RoyaltyViews.ExchangeView> exchangeRates() {
        return royalties.exchangeRates().stream().map(RoyaltyViews.ExchangeView::of).toList();
    }

    @Operation(summary = "Royalty assessments", description = "Public. Each assessment as committed to the log, with every input named "
            + "(rate row, price row, exchange rate, mass, grade) so it recomputes; in log order, after= the last logIndex seen.")
    @GetMapping("/api/v1/fiscal/assessments")
    RoyaltyViews.AssessmentPage assessments(@RequestParam Optional<String> licence, @RequestParam Optional<String> province,
            @RequestParam(defaultValue = "-1") long after, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw Rejection.invalid("out-of-range", "limit must be in 1..1000, got " + limit);
        }
        var page = royalties.assessments(licence, province.map(ProvinceCode::new), after, limit);
        return new RoyaltyViews.AssessmentPage(page.stream().map(RoyaltyViews.AssessmentView::of).toList(),
                RoyaltyViews.Progress.of(royalties.progress()));
    }

    @Operation(summary = "One royalty assessment", description = "Public.")
    @GetMapping("/api/v1/fiscal/assessments/{id}")
    RoyaltyViews.AssessmentView assessment(@PathVariable String id) {
        return royalties.assessment(id).map(RoyaltyViews.AssessmentView::of)
                .orElseThrow(() -> Rejection.notFound("unknown-assessment", "No royalty assessment " + Rejection.quote(id)));
    }

}
