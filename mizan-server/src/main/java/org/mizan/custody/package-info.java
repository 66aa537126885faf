/**
 * Chain of custody: lots, the events that change them, the hard invariants that reject a request,
 * the red-flag facts that are recorded instead, element-level mass balance and provenance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Custody", allowedDependencies = {"kernel", "registry", "security", "ledger"})
package org.mizan.custody;
