package org.mizan.cli.simulate;

import java.time.OffsetDateTime;

/** A concentrate lot a plant made, with the grade its assay reported and when it may leave the plant. */
record Concentrate(String lot, World.Plant plant, String element, long grams, String assayedGrade, OffsetDateTime ready) {
}
