/**
 * Payments companies declare and receipts the treasury records, under GFS revenue codes and Pakistan's fiscal
 * years, both committed to the transparency log, and their reconciliation; read by the disclosure.
 */
@org.springframework.modulith.NamedInterface("revenue")
package org.mizan.fiscal.revenue;
