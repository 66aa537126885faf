package org.mizan.epcis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CBV 2.0 and GS1 web vocabulary terms of the pinned EPCIS 2.0 JSON-LD context: which bare value of
 * which property ({@code "shipping"} in {@code bizStep}) stands for which IRI. Read from the bundled copy of
 * {@code https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld}; nothing is ever fetched.
 */
final class Vocabulary {

    static final String CONTEXT_URL = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    static final String CBV = "https://ref.gs1.org/cbv/";
    static final String GS1_VOC = "https://gs1.org/voc/";

    private static final Vocabulary PINNED = load();

    private final Map<String, Map<String, String>> termsByProperty;

    private Vocabulary(Map<String, Map<String, String>> termsByProperty) {
        this.termsByProperty = termsByProperty;
    }

    static Vocabulary pinned() {
        return PINNED;
    }

    /** The IRI a bare term of a property expands to, or null when the value is no term of it. */
    String expand(String property, String value) {
        Map<String, String> terms = termsByProperty.get(property);
        return terms == null ? null : terms.get(value);
    }

    /**
     * The short CBV name of a bizStep, disposition or similar value in any of its spellings (bare, web
     * URI or CBV 1.x URN), so that queries find an event however its capturer spelled the step.
     */
    static String shortName(String value) {
        if (value == null) {
            return null;
        }
        for (String[] prefix : new String[][] {{CBV + "BizStep-"}, {CBV + "Disp-"}, {"urn:epcglobal:cbv:bizstep:"},
                {"urn:epcglobal:cbv:disp:"}}) {
            if (value.startsWith(prefix[0])) {
                return value.substring(prefix[0].length());
            }
        }
        return value;
    }

    private static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/epcis/context/epcis-context.jsonld")) {
            JsonNode context = JsonMapper.builder().build().readTree(in).get("@context");
            Map<String, Map<String, String>> terms = new HashMap<>();
            collect(context, null, terms);
            return new Vocabulary(terms);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled EPCIS context is unreadable", e);
        }
    }

    private static void collect(JsonNode context, String property, Map<String, Map<String, String>> terms) {
        if (context == null) {
            return;
        }
        if (context.isArray()) {
            context.forEach(c -> collect(c, property, terms));
            return;
        }
        context.properties().forEach(e -> {
            JsonNode value = e.getValue();
            if (value.isString() && property != null) {
                String iri = prefixed(value.asString());
                if (iri != null) {
                    terms.computeIfAbsent(property, p -> new HashMap<>()).put(e.getKey(), iri);
                }
            } else if (value.isObject() && value.has("@context")) {
                collect(value.get("@context"), e.getKey(), terms);
            }
        });
    }

    private static String prefixed(String compact) {
        if (compact.startsWith("cbv:")) {
            return CBV + compact.substring(4);
        }
        if (compact.startsWith("gs1:")) {
            return GS1_VOC + compact.substring(4);
        }
        return null;
    }
}
