package org.mizan.oversight;

/** How many alerts one rule has raised that stand in one status: public, since it names no lot, party or place. */
public record AlertCount(String rule, String status, long count) {
}
