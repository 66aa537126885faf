/**
 * Oversight: named rules that flag illegal extraction and revenue leakage on the committed custody
 * stream and on the fiscal records, alerts with their evidence, and the regulators' case workflow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight",
        allowedDependencies = {"kernel", "registry", "security", "ledger", "custody", "custody::stream", "passport", "fiscal"})
package org.mizan.oversight;
