package org.mizan.kernel;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;


/** Maps enum constants to the lowercase, dashed codes the API speaks (MINING_LEASE ↔ mining-lease). */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(code)) {
                return constant;
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map((Function<E, String>) Codes::of)
                .collect(Collectors.joining(", "));
        throw Rejection.invalid("unknown-" + what, "Unknown " + what + " " + Rejection.quote(code) + "; known: " + known);
    }
}
