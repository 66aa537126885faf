package org.mizan.fiscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.Api;
import org.mizan.Api.Reply;

/** Parties, licences, payments and receipts over HTTP, for the revenue tests. Each test class names its own. */
public final class RevenueHttpFixture {

    private final Api api;

    public RevenueHttpFixture(Api api) {
        this.api = api;
    }

    public void party(String admin, String id, String kind, String jurisdiction) {
        if (api.get("/api/v1/parties/" + id).status() == 404) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", "Party " + id, "kind", kind, "country", "PK"));
            if (jurisdiction != null) {
                body.put("jurisdiction", jurisdiction);
            }
            Reply r = api.post("/api/v1/parties", admin, Api.json(body));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    /** A Balochistan copper lease on its own 0.05° square at the given longitude, latitude 28.40. */
    public void licence(String regulator, String number, String holder, double lon) {
        if (api.get("/api/v1/licences/" + number).status() == 404) {
            Map<String, Object> area = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(lon, 28.40),
                    List.of(lon + 0.05, 28.40), List.of(lon + 0.05, 28.45), List.of(lon, 28.45), List.of(lon, 28.40))));
            Map<String, Object> body = new LinkedHashMap<>(Map.of("number", number, "type", "mining-lease", "holder", holder,
                    "province", "PK-BA", "minerals", List.of(Map.of("mineral", "copper", "annualCapacityTonnes", 5000)),
                    "area", area, "granted", "2025-01-01", "expires", "2045-12-31"));
            Reply r = api.post("/api/v1/licences", regulator, Api.json(body));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    public static Map<String, Object> payment(String licence, String gfs, String amount, String paidOn, String challan) {
        return new LinkedHashMap<>(Map.of("licence", licence, "gfsCode", gfs, "amount", new java.math.BigDecimal(amount),
                "currency", "PKR", "paidOn", paidOn, "challan", challan));
    }

    public static Map<String, Object> receipt(String company, String licence, String gfs, String amount, String receivedOn,
            String challan, String government) {
        return new LinkedHashMap<>(Map.of("company", company, "licence", licence, "gfsCode", gfs,
                "amount", new java.math.BigDecimal(amount), "currency", "PKR", "receivedOn", receivedOn, "challan", challan,
                "governmentEntity", government));
    }

    public Reply pay(String key, Map<String, Object> body) {
        return api.post("/api/v1/fiscal/payments", key, Api.json(body));
    }

    public Reply receive(String key, Map<String, Object> body) {
        return api.post("/api/v1/fiscal/receipts", key, Api.json(body));
    }

    public static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.type()).isEqualTo("/problems/" + type);
    }
}
