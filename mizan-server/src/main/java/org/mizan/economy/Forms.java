package org.mizan.economy;

import java.util.Locale;

import org.mizan.custody.MaterialForm;
import org.mizan.kernel.Rejection;
import org.mizan.log.passport.ValueChainStage;

/** Reads a form as the API writes it ({@code concentrate}) and names its stage on the value ladder the passport uses. */
public final class Forms {

    private Forms() {
    }

    public static MaterialForm of(String code) {
        if (code != null) {
            for (MaterialForm f : MaterialForm.values()) {
                if (code(f).equals(code)) {
                    return f;
                }
            }
        }
        throw Rejection.invalid("invalid-form", "Form " + Rejection.quote(code) + " is none of ore, concentrate, intermediate, oxide, "
                + "metal, alloy, magnet, residue");
    }

    public static String code(MaterialForm form) {
        return form.name().toLowerCase(Locale.ROOT);
    }

    /** The step of value addition, e.g. beneficiation for a concentrate. */
    public static String stage(MaterialForm form) {
        return ValueChainStage.of(form.name()).step();
    }
}
