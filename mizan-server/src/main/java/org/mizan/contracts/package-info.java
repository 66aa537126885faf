/**
 * Contracts: the register of mining contracts, licence agreements, MoUs, joint ventures and offtake agreements
 * with their documents' hashes; the obligations their binding clauses create and the evidence of delivery;
 * investment commitments with their milestones by phase; and the Open Contracting (OCDS 1.1) releases made
 * of them. Every record is committed to the transparency log, so a swapped text or a rewritten clause shows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contracts",
        allowedDependencies = {"kernel", "registry", "security", "ledger", "custody", "fiscal", "fiscal::revenue"})
package org.mizan.contracts;
