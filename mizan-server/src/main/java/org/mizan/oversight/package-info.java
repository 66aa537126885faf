/**
 * Oversight: named rules that flag illegal extraction and revenue leakage on the committed custody
 * stream, on the fiscal records and on the contracts' obligations and commitments, alerts with their evidence, and the regulators' case workflow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight",
        allowedDependencies = {"kernel", "registry", "security", "ledger", "custody", "custody::stream", "passport", "fiscal", "contracts"})
package org.mizan.oversight;
