/**
 * Offline verification of an EITI revenue disclosure bundle: every receipt is a salted commitment in the signed
 * log, and every Summary Data row is the exact sum of receipts that match it and fall in its fiscal year.
 * Plain Java, exact decimals, no framework.
 */
package org.mizan.log.revenue;
