package org.mizan.log.passport;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One exported lot: material, form and value-chain stage, net and contained mass (kilograms as decimal
 * text), purity as its grades with the assays behind them, and its origin shares by licence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PassportLine(String lot, String material, String materialName, String form, Stage valueChainStage, String netMassKg,
        Map<String, String> containedKg, Purity purity, Map<String, String> origin) {

    /** The step of the value chain the form stands for, and the material's rung on the value-addition ladder. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stage(String step, String description, Integer stageOnLadder) {
    }

    /** Grades by element (fractions as decimal text) and the assays behind them, newest last. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Purity(Map<String, String> grades, List<Assay> assays) {

        public Purity {
            assays = assays == null ? null : List.copyOf(assays);
        }
    }

    /** One assay behind the purity; {@code oxides} are the oxide figures it reports by formula, absent when it reports none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assay(String laboratory, String laboratoryName, String date, String certificateNumber, String eventId,
            Map<String, String> oxides) {

        public Assay(String laboratory, String laboratoryName, String date, String certificateNumber, String eventId) {
            this(laboratory, laboratoryName, date, certificateNumber, eventId, null);
        }
    }
}
