/**
 * Fiscal: royalty regimes and reference prices as effective-dated rows, royalty assessments made on the
 * committed custody stream, payments and receipts, their reconciliation and the EITI disclosure; every
 * row committed to the transparency log, so that each figure recomputes offline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fiscal",
        allowedDependencies = {"kernel", "registry", "security", "ledger", "custody", "custody::stream", "passport"})
package org.mizan.fiscal;
