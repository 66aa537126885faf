/**
 * Offline verification of a mineral passport: the checkpoint is signed by the log's key, every disclosed
 * event is included in the log, and every field of the passport either recomputes from the disclosed
 * events, the bundled registry facts and the format, or lies in a section the passport declares as
 * someone's statement. Plain Java over plain JSON trees, no framework.
 */
package org.mizan.log.passport;
