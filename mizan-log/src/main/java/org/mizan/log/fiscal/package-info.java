/**
 * Royalty arithmetic shared by the node that assesses a royalty and the offline verifier that checks it:
 * the bases a royalty regime can have, price units, and the one function from an assessment's named
 * inputs to its amounts. Plain Java, exact decimals, rounded once at the end.
 */
package org.mizan.log.fiscal;
