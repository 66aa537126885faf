/**
 * The transparency log: every accepted event's salted commitment appended to an RFC 9162 Merkle
 * tree, signed C2SP checkpoints, tiles, proofs and the audit that recomputes it all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger", allowedDependencies = {"kernel"})
package org.mizan.ledger;
