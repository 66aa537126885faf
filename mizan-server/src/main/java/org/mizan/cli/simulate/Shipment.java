package org.mizan.cli.simulate;

import java.time.OffsetDateTime;

/** A lot on its way to or waiting at a plant, with what the simulator knows about it. */
record Shipment(String lot, World.Mine mine, World.Plant plant, long receivedGrams, double grade, OffsetDateTime receivedAt) {
}
