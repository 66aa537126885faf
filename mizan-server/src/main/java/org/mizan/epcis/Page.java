package org.mizan.epcis;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.mizan.kernel.Rejection;

import tools.jackson.databind.JsonNode;

/**
 * A page of query results and the opaque token of the next one. The token is the position after the
 * last event returned, so later captures never shift a client's pages.
 */
record Page(List<JsonNode> events, String nextPageToken) {

    record Row(long seq, JsonNode body) {
    }

    static final int DEFAULT_PER_PAGE = 30;
    static final int MAX_PER_PAGE = 1000;

    static Page of(List<Row> rows, int perPage) {
        boolean more = rows.size() > perPage;
        List<Row> shown = more ? rows.subList(0, perPage) : rows;
        String next = more ? token(String.valueOf(shown.get(shown.size() - 1).seq())) : null;
        return new Page(shown.stream().map(Row::body).toList(), next);
    }

    static String token(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("p1:" + position).getBytes(StandardCharsets.UTF_8));
    }

    static String position(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!decoded.startsWith("p1:")) {
                throw new IllegalArgumentException();
            }
            return decoded.substring(3);
        } catch (IllegalArgumentException e) {
            throw new Rejection(Rejection.Kind.MALFORMED, "epcis-query-parameter", "nextPageToken is not a token this server issued",
                    Map.of("parameter", "nextPageToken"));
        }
    }

    static long seqAfter(String token) {
        String position = position(token);
        try {
            return position == null ? 0 : Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw new Rejection(Rejection.Kind.MALFORMED, "epcis-query-parameter", "nextPageToken is not a token this server issued",
                    Map.of("parameter", "nextPageToken"));
        }
    }

    static int perPage(String value) {
        if (value == null) {
            return DEFAULT_PER_PAGE;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_PER_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new Rejection(Rejection.Kind.MALFORMED, "epcis-query-parameter", "perPage is a whole number from 1 to " + MAX_PER_PAGE,
                Map.of("parameter", "perPage"));
    }
}
