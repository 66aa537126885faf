/**
 * Mineral passports: what an export consignment holds (volume, purity, form, origin), the chain it came
 * through, the alerts that touch it, and the evidence that lets anyone recompute its figures offline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Passport",
        allowedDependencies = {"kernel", "custody", "ledger", "registry", "security"})
package org.mizan.passport;
