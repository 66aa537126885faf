/**
 * Illustrative demo data: the parties, titles and sites of Pakistan's first critical-minerals export,
 * loaded into a fresh database by {@code mizan demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"kernel", "registry", "security", "custody", "passport", "epcis", "fiscal", "fiscal::revenue", "contracts", "economy"})
package org.mizan.demo;
