package org.mizan.fiscal.revenue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.Rejection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The GFS revenue codes the EITI reports under, read once from {@code fiscal/gfs-revenue-codes.csv} (IMF GFSM
 * 2014 codes as listed by the EITI; source and licence in the file's header).
 */
@Component
public class GfsCatalogue {

    private final Map<String, GfsCode> codes;

    public GfsCatalogue() {
        this.codes = Collections.unmodifiableMap(read("fiscal/gfs-revenue-codes.csv"));
    }

    /** The code, or a 422 problem naming it when the catalogue does not hold it. */
    public GfsCode code(String code) {
        GfsCode found = code == null ? null : codes.get(code);
        if (found == null) {
            throw Rejection.invalid("unknown-gfs-code", "Unknown GFS revenue code " + Rejection.quote(code)
                    + "; e.g. 1415E1 (royalties), 1112E1 (corporate income tax), 114521E (licence fees)");
        }
        return found;
    }

    public List<GfsCode> all() {
        return List.copyOf(codes.values());
    }

    /** The code's line from its top level down to itself, e.g. 14E, 141E, 1415E, 1415E1. */
    public List<GfsCode> levels(GfsCode code) {
        List<GfsCode> line = new ArrayList<>();
        Optional<GfsCode> at = Optional.of(code);
        while (at.isPresent() && line.size() < 8) {
            line.add(0, at.get());
            at = at.get().parent().map(codes::get);
        }
        return line;
    }

    private static Map<String, GfsCode> read(String resource) {
        Map<String, GfsCode> out = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("code,") || line.isBlank()) {
                    continue;
                }
                List<String> f = fields(line);
                String parent = f.get(2).strip();
                // The EITI list names 1415E twice (Rent, then production entitlements, whose own code is 1415E3):
                // the first, GFSM's, is kept.
                out.putIfAbsent(f.get(0), new GfsCode(f.get(0), f.get(1), parent.equals("0") ? Optional.empty() : Optional.of(parent)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is missing from the build", e);
        }
        return out;
    }

    /** Splits one CSV line of three fields, the middle one possibly quoted. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        if (out.size() != 3) {
            throw new IllegalStateException("A GFS code line has code,name,parent: " + line);
        }
        return out;
    }
}
