/**
 * Server-rendered public pages: what Mizan is with the log's latest checkpoint and the published
 * passports, a passport's page, a page that verifies an uploaded passport, public revenue per province and licence,
 * and transit permits: a dispatch's printable permit and the public page that checks it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = {"kernel", "passport", "ledger", "security", "registry", "custody", "oversight", "fiscal", "fiscal::revenue"})
package org.mizan.portal;
