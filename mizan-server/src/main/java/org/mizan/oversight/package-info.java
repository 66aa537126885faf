/**
 * Oversight: named rules that flag illegal extraction and revenue leakage on the committed custody
 * stream, alerts with their evidence, and the regulators' case workflow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight",
        allowedDependencies = {"kernel", "registry", "security", "ledger", "custody", "custody::stream", "passport"})
package org.mizan.oversight;
