package org.mizan.registry;

import java.time.Instant;
import java.time.LocalDate;

import org.mizan.kernel.LicenceNumber;

/** A recorded change of a licence's status, in the order the register learnt of it ({@code seq}). */
public record LicenceDecision(long seq, LicenceNumber licence, LocalDate effectiveFrom, LicenceStatus status, Instant recordedAt) {
}
