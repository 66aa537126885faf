/**
 * Server-rendered public pages: what Mizan is with the log's latest checkpoint and the published
 * passports, a passport's page, a page that verifies an uploaded passport, and public revenue per province and licence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = {"kernel", "passport", "ledger", "security", "registry", "custody", "oversight", "fiscal", "fiscal::revenue"})
package org.mizan.portal;
