package org.mizan.log.passport;

/** A field the verifier cannot do without, refused by name when the passport leaves it out. */
final class Fields {

    private Fields() {
    }

    static <T> T required(T value, String path) {
        if (value == null) {
            throw new IllegalArgumentException("missing field " + path);
        }
        return value;
    }
}
