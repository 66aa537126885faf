package org.mizan.fiscal.revenue;

import java.util.Optional;

import org.mizan.kernel.Rejection;

/**
 * A revenue classification of the IMF Government Finance Statistics Manual 2014 as the EITI uses it, e.g.
 * {@code 1415E1} Royalties under {@code 1415E} Rent; a top-level code has no parent.
 */
public record GfsCode(String code, String name, Optional<String> parent) {

    public GfsCode {
        if (code == null || !code.matches("1[0-9]{1,5}E[0-9]{0,2}")) {
            throw Rejection.invalid("unknown-gfs-code", "A GFS revenue code looks like 1415E1, got " + Rejection.quote(code));
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("GFS code " + code + " needs a name");
        }
        parent = parent == null ? Optional.empty() : parent;
    }

    @Override
    public String toString() {
        return code;
    }
}
