package org.mizan.registry;

import org.mizan.kernel.Codes;

/**
 * The physical and chemical form of a material, in value-ladder order: what analysts of an export
 * want to know when they ask whether rare earths left as ore in a drum or as separated oxide.
 */
public enum Form {
    ORE, CONCENTRATE, INTERMEDIATE, OXIDE, METAL, ALLOY, MAGNET;

    public String code() {
        return Codes.of(this);
    }

    public static Form of(String code) {
        return Codes.parse(Form.class, code, "form");
    }
}
