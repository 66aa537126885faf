/**
 * Server-rendered public pages: what Mizan is with the log's latest checkpoint and the published
 * passports, a passport's page, a page that verifies an uploaded passport, public revenue per province and licence,
 * the contract register, the national picture (value added by stage, resources and years of supply), and transit
 * permits: a dispatch's printable permit and the public page that checks it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = {"kernel", "passport", "ledger", "security", "registry", "custody", "oversight", "fiscal", "fiscal::revenue", "contracts", "economy"})
package org.mizan.portal;
