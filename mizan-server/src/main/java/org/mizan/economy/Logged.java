package org.mizan.economy;

/** A record of the economy as stored, with the index of the log entry that commits it. */
public record Logged<T>(T value, long logIndex) {
}
