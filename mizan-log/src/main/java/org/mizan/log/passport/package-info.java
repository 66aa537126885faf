/**
 * Offline verification of a mineral passport: the checkpoint is signed by the log's key, every disclosed
 * event is included in the log, and the passport's claims (masses, contained element masses, origin
 * shares) recompute from the disclosed events. Plain Java over plain JSON trees, no framework.
 */
package org.mizan.log.passport;
