package org.mizan.economy;

import java.util.Arrays;
import java.util.Locale;

import org.mizan.kernel.Rejection;

/**
 * The CRIRSCO reporting classes, a closed list: mineral resources by rising geological confidence, and the ore reserves
 * a competent person converts from measured and indicated resources once mining is shown to pay.
 */
public enum CrirscoClass {
    INFERRED_RESOURCE, INDICATED_RESOURCE, MEASURED_RESOURCE, PROBABLE_RESERVE, PROVED_RESERVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean reserve() {
        return this == PROBABLE_RESERVE || this == PROVED_RESERVE;
    }

    public static CrirscoClass of(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst().orElseThrow(() -> Rejection.invalid(
                "invalid-resource-class", "Class " + Rejection.quote(code) + " is not a CRIRSCO class: inferred-resource, "
                        + "indicated-resource, measured-resource, probable-reserve or proved-reserve"));
    }
}
