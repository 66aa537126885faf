package org.mizan.cli.simulate;

import java.time.OffsetDateTime;

/**
 * A lot on its way to or waiting at a plant, with what the simulator knows about it: the grade its miner
 * declared, which the lot carries until the laboratory's assay, and the grade that assay will report.
 */
record Shipment(String lot, World.Mine mine, World.Plant plant, long receivedGrams, double grade, double assayedGrade,
        OffsetDateTime receivedAt) {
}
