package org.mizan.log.passport;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Passport} as published: compact, fields in the records' order, maps in their insertion
 * order, masses, grades and shares as decimal text exactly as the records hold them.
 */
public final class PassportWriter {

    static final JsonMapper JSON = JsonMapper.builder().disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

    private PassportWriter() {
    }

    public static String write(Passport passport) {
        return JSON.writeValueAsString(passport);
    }

    /** The passport as a plain JSON tree (maps, lists, strings, numbers), as the verifier walks it. */
    static Object tree(Passport passport) {
        return JSON.convertValue(passport, Object.class);
    }
}
