package org.mizan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.Api;
import org.mizan.Api.Reply;

/** Contracts, obligations and commitments over HTTP, for the contract tests. */
public final class ContractHttpFixture {

    private final Api api;
    private final int port;

    public ContractHttpFixture(Api api, int port) {
        this.api = api;
        this.port = port;
    }

    /** A joint venture of a state party (no share) and two companies at 60 % and 40 % over one licence. */
    public static Map<String, Object> contract(String id, String licence, String state, String company, String partner) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", "Joint venture agreement " + id);
        body.put("type", "joint-venture");
        body.put("signed", "2025-03-01");
        body.put("status", "active");
        body.put("parties", List.of(Map.of("party", state, "role", "state"),
                Map.of("party", company, "role", "operator", "share", 60, "registryNumber", "SECP-0001"),
                Map.of("party", partner, "role", "investor", "share", 40)));
        body.put("licences", List.of(licence));
        body.put("language", "en");
        body.put("country", "PK");
        body.put("resources", List.of("copper", "gold"));
        body.put("category", "Mining");
        body.put("documentType", "Contract");
        body.put("disclosure", Map.of("level", "public"));
        body.put("annexesMissing", List.of("Annex C: work programme"));
        return body;
    }

    public static Map<String, Object> obligation(String id, String kind, String unit, List<Map<String, Object>> milestones) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("kind", kind);
        body.put("beneficiary", Map.of("district", "Chagai", "community", "Nokkundi"));
        body.put("clause", "Clause 14.2: the company pays into the district community development fund.");
        body.put("unit", unit);
        body.put("milestones", milestones);
        return body;
    }

    public static Map<String, Object> milestone(String id, String due, Object amount) {
        return Map.of("id", id, "due", due, "amount", amount);
    }

    public Reply register(String key, Map<String, Object> body) {
        return api.post("/api/v1/contracts", key, Api.json(body));
    }

    public Reply upload(String key, String contract, byte[] text, String contentType) {
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/contracts/" + contract + "/document"))
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(text));
        return api.send(put, key);
    }

    public void created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }
}
