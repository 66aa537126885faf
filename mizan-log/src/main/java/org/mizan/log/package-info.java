/**
 * An append-only Merkle log in the style of Certificate Transparency: RFC 9162 tree hashing,
 * inclusion and consistency proofs, C2SP signed notes, checkpoints and tiles. Plain Java, so that
 * the server and the offline verifier share one implementation.
 */
package org.mizan.log;
