package org.mizan.fiscal.revenue;

import org.mizan.kernel.Rejection;

/** A treasury e-challan's reference (the PSID a payer quotes at the bank), as both sides write it. */
final class Challan {

    private Challan() {
    }

    static String checked(String reference) {
        if (reference == null || !reference.matches("[A-Za-z0-9][A-Za-z0-9/._-]{0,63}")) {
            throw Rejection.invalid("invalid-challan", "A challan reference is 1 to 64 letters, digits or / . _ -, got "
                    + Rejection.quote(reference));
        }
        return reference;
    }
}
