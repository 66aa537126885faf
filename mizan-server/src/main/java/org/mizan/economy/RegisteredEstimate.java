package org.mizan.economy;

/** An estimate of the register with its log entry, and whether a later one of its licence, element and class supersedes it. */
public record RegisteredEstimate(ResourceEstimate estimate, long logIndex, boolean superseded) {
}
