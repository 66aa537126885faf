/**
 * Disclosure of one recorded event: the event, its salt and the proof that its commitment is in a
 * signed log, checked offline with nothing but the log's verifier key.
 */
package org.mizan.log.disclosure;
