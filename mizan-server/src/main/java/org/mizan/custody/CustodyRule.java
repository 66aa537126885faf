package org.mizan.custody;

/**
 * The hard invariants. A request that breaks one is rejected and nothing is written. The constant
 * names are the stable codes clients and problem documents (RFC 9457 {@code type}) rely on: never rename.
 */
public enum CustodyRule {
    EVENT_ID_REUSED("an event id names one event; a different event under a used id is refused"),
    LOT_EXISTS("a new lot needs an id that no lot has"),
    OUTPUT_LOT_EXISTS("the outputs of a process are new lots"),
    UNKNOWN_LOT("the lot must be on the books"),
    UNKNOWN_SITE("the site must be in the registry"),
    UNKNOWN_MATERIAL("the material must be in the catalogue"),
    NOT_A_MINE("extraction happens only at a mine"),
    NOT_A_PORT("export happens only at a port"),
    NOT_SITE_OPERATOR("only the site's operator records extraction or receipt there"),
    NOT_CUSTODIAN("only the current custodian dispatches, processes, exports or writes off a lot"),
    NOT_AT_SITE("a lot is used only at the site where it is"),
    LOT_CLOSED("a consumed, exported or lost lot cannot move"),
    IN_TRANSIT("a lot in transit can only be received"),
    NOT_IN_TRANSIT("only a lot in transit can be received"),
    NOT_AT_DESTINATION("a lot in transit is received only at its destination"),
    TIME_BACKWARDS("a lot's events never go back in time"),
    MASS_NEGATIVE("a lot's available mass never goes negative"),
    PART_IS_WHOLE("a partial dispatch leaves part of the lot behind; all of it is a dispatch of the lot itself"),
    GRADE_ABOVE_STOICHIOMETRY("a pure compound's grade never exceeds its formula's share of the element, beyond assay error"),
    GRADES_ABOVE_WHOLE("a lot's grades, those an assay reports together with those it keeps, sum to at most 1"),
    ADJUSTMENT_IS_WHOLE("a moisture or sampling adjustment removes part of a lot; a lot that is gone is written off"),
    MOISTURE_INCONSISTENT("the water a moisture adjustment removes is its stated moisture of the wet mass, within a tenth of a point"),
    WASTE_NOT_EXPORTABLE("tailings and slag are not exported; a saleable residue is declared a by-product"),
    NOT_A_WASTE_SITE("tailings and slag go only to a tailings facility or a processing plant"),
    NOT_OWNER("only a lot's owner sells it"),
    UNKNOWN_PARTY("the buyer must be in the registry"),
    BUYER_IS_OWNER("a sale passes title to another party than the owner"),
    RELEASE_WITHOUT_DECISION("a dispatch out of a strategic reserve is a release: it names the decision that ordered it and a registered recipient");

    private final String meaning;

    CustodyRule(String meaning) {
        this.meaning = meaning;
    }

    /** The stable code; the enum constant name. */
    public String code() {
        return name();
    }

    /** The rule in one plain sentence, for documentation and problem titles. */
    public String meaning() {
        return meaning;
    }
}
