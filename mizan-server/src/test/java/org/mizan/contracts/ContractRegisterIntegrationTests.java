package org.mizan.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.fiscal.RevenueHttpFixture.assertProblem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.TestDatabase;
import org.mizan.cli.VerifyRun;
import org.mizan.fiscal.RevenueHttpFixture;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * The contract register over HTTP on PostgreSQL: a contract with its parties' shares and licence, its text by
 * hash, an amendment; refusals that write nothing; and a text swapped in the database after registration, which
 * the server refuses to serve and {@code mizan verify} catches in the disclosure.
 */
class ContractRegisterIntegrationTests extends HttpIntegrationTest {

    static final String LICENCE = "BA-ML-CT-101";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    private RevenueHttpFixture registry;
    private ContractHttpFixture contracts;
    private String regulator;

    @BeforeEach
    void parties() {
        registry = new RevenueHttpFixture(api);
        contracts = new ContractHttpFixture(api, port());
        registry.party(adminKey(), "ct-regulator-ba", "regulator", "PK-BA");
        registry.party(adminKey(), "ct-regulator-pb", "regulator", "PK-PB");
        registry.party(adminKey(), "ct-state", "regulator", "PK-BA");
        registry.party(adminKey(), "ct-miner", "company", null);
        registry.party(adminKey(), "ct-partner", "company", null);
        regulator = keyFor("ct-regulator-ba", Role.REGULATOR);
        registry.licence(regulator, LICENCE, "ct-miner", 64.45);
    }

    @Test
    void aContractIsRegisteredWithItsTextByHashAndAmended() throws Exception {
        contracts.created(contracts.register(regulator, ContractHttpFixture.contract("ct-jv-1", LICENCE, "ct-state", "ct-miner", "ct-partner")));
        byte[] text = "Joint venture agreement ct-jv-1.\nClause 14.2: community fund.\n".getBytes(StandardCharsets.UTF_8);
        Reply uploaded = contracts.upload(regulator, "ct-jv-1", text, "text/plain");
        contracts.created(uploaded);
        assertThat(uploaded.json().get("sha256").asString()).isEqualTo(sha256(text));
        assertThat(uploaded.json().get("version").asInt()).isEqualTo(1);

        Reply served = api.get("/api/v1/contracts/ct-jv-1/document");
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(new String(text, StandardCharsets.UTF_8));

        Reply amended = api.post("/api/v1/contracts/ct-jv-1/amendments", regulator,
                Api.json(Map.of("date", "2026-01-15", "summary", "Suspended pending a survey", "status", "suspended")));
        contracts.created(amended);
        assertThat(amended.json().get("number").asInt()).isEqualTo(1);

        Reply file = api.get("/api/v1/contracts/ct-jv-1");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.json().at("/contract/parties/1/share").decimalValue()).isEqualByComparingTo("60");
        assertThat(file.json().at("/documents/0/sha256").asString()).isEqualTo(sha256(text));
        assertThat(file.json().get("ocid").asString()).isEqualTo("ocds-mizan0-ct-jv-1");
        // contract, document, amendment, and a release for each of the three
        assertThat(file.json().get("entries")).hasSize(6);
    }

    @Test
    void refusalsAreProblemsAndWriteNothing() {
        Map<String, Object> good = ContractHttpFixture.contract("ct-bad-1", LICENCE, "ct-state", "ct-miner", "ct-partner");

        Map<String, Object> shares = new LinkedHashMap<>(good);
        shares.put("parties", List.of(Map.of("party", "ct-state", "role", "state"), Map.of("party", "ct-miner", "role", "operator", "share", 60),
                Map.of("party", "ct-partner", "role", "investor", "share", 30)));
        Reply badShares = contracts.register(regulator, shares);
        assertProblem(badShares, 422, "shares-do-not-add-up");
        assertThat(badShares.json().get("sum").asString()).isEqualTo("90");

        Map<String, Object> unknownParty = new LinkedHashMap<>(good);
        unknownParty.put("parties", List.of(Map.of("party", "ct-state", "role", "state"), Map.of("party", "ct-nobody", "role", "operator")));
        assertProblem(contracts.register(regulator, unknownParty), 422, "unknown-party");

        Map<String, Object> unknownLicence = new LinkedHashMap<>(good);
        unknownLicence.put("licences", List.of("BA-ML-CT-999"));
        assertProblem(contracts.register(regulator, unknownLicence), 422, "unknown-licence");

        assertProblem(contracts.register(keyFor("ct-regulator-pb", Role.REGULATOR), good), 403, "outside-jurisdiction");
        assertProblem(contracts.register(keyFor("ct-miner", Role.OPERATOR), good), 403, "forbidden");
        assertProblem(contracts.register(null, good), 401, "unauthenticated");

        Map<String, Object> unknownField = new LinkedHashMap<>(good);
        unknownField.put("secretTerms", "none");
        assertThat(contracts.register(regulator, unknownField).status()).isEqualTo(400);
        Reply duplicateKey = api.post("/api/v1/contracts", regulator, Api.json(good).replaceFirst("\\{", "{\"id\":\"ct-bad-2\","));
        assertThat(duplicateKey.status()).as(duplicateKey.body()).isEqualTo(400);
        Map<String, Object> wrongType = new LinkedHashMap<>(good);
        wrongType.put("signed", 20250301);
        assertThat(contracts.register(regulator, wrongType).status()).isEqualTo(400);

        assertProblem(api.get("/api/v1/contracts/ct-bad-1"), 404, "contract-not-found");
        assertProblem(api.post("/api/v1/contracts/ct-bad-1/amendments", regulator,
                Api.json(Map.of("date", "2026-01-15", "summary", "x"))), 404, "contract-not-found");
        assertThat(jdbc.sql("select count(*) from contract_record where subject in ('ct-bad-1', 'ct-bad-2')").query(Integer.class).single())
                .isZero();

        contracts.created(contracts.register(regulator, good));
        assertProblem(contracts.register(regulator, good), 409, "contract-exists");
        assertProblem(api.post("/api/v1/contracts/ct-bad-1/amendments", regulator,
                Api.json(Map.of("date", "2024-01-15", "summary", "before signature"))), 422, "dates-out-of-order");
        assertProblem(contracts.upload(regulator, "ct-bad-1", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}, "text/plain"), 415, "not-pdf-or-text");
        assertThat(contracts.upload(regulator, "ct-bad-1", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "image/png").status())
                .isEqualTo(415);
        assertProblem(contracts.upload(regulator, "ct-bad-1", "not a pdf".getBytes(StandardCharsets.US_ASCII), "application/pdf"), 415,
                "not-pdf-or-text");
        assertProblem(contracts.upload(regulator, "ct-bad-1", new byte[5 * 1024 * 1024 + 1], "text/plain"), 413, "document-too-large");
        assertThat(jdbc.sql("select count(*) from contract_record where subject = 'ct-bad-1'").query(Integer.class).single())
                .as("the contract and its release only").isEqualTo(2);
    }

    @Test
    void inputsNoFormAllowsAreRefusedByName() {
        Map<String, Object> good = ContractHttpFixture.contract("ct-odd-1", LICENCE, "ct-state", "ct-miner", "ct-partner");
        assertProblem(contracts.register(regulator, with(good, "id", "CT-Upper")), 422, "invalid-contract-id");
        assertProblem(contracts.register(regulator, with(good, "type", "lease")), 422, "unknown-contract-type");
        assertProblem(contracts.register(regulator, with(good, "status", "ACTIVE")), 422, "unknown-contract-status");
        assertProblem(contracts.register(regulator, with(good, "parties", List.of(Map.of("party", "ct-state", "role", "state")))), 422,
                "too-few-parties");
        Reply huge = contracts.register(regulator, with(good, "parties", List.of(Map.of("party", "ct-state", "role", "state"),
                Map.of("party", "ct-miner", "role", "operator", "share", new java.math.BigDecimal("1e9999")))));
        assertProblem(huge, 422, "invalid-share");
        assertThat(huge.body().length()).as("a huge number is quoted short").isLessThan(2000);
        assertThat(api.post("/api/v1/contracts", regulator, Api.json(good).replace("\"share\":60", "\"share\":\"60\"")).status())
                .as("a share given as text is a wrong type").isEqualTo(400);
        assertProblem(contracts.register(regulator, with(good, "language", "english")), 422, "invalid-language");
        assertProblem(contracts.register(regulator, with(good, "disclosure", Map.of("level", "confidential"))), 422, "missing-field");
        assertProblem(contracts.register(regulator, with(good, "name", "x".repeat(301))), 422, "field-too-long");
        assertThat(api.post("/api/v1/contracts", regulator, "[]").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/contracts", regulator, "{\"id\":").status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from contract_record where subject like 'ct-odd%' or subject = 'CT-Upper'")
                .query(Integer.class).single()).isZero();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> out = new LinkedHashMap<>(body);
        out.put(field, value);
        return out;
    }

    @Test
    void aTextSwappedAfterRegistrationIsRefusedAndFailsVerification() throws Exception {
        contracts.created(contracts.register(regulator, ContractHttpFixture.contract("ct-swap-1", LICENCE, "ct-state", "ct-miner", "ct-partner")));
        byte[] text = "Royalty share to the district: 5 per cent.\n".getBytes(StandardCharsets.UTF_8);
        contracts.created(contracts.upload(regulator, "ct-swap-1", text, "text/plain"));
        Path dir = TestDatabase.freshDataDir();
        Path key = Files.writeString(dir.resolve("log.vkey"), api.get("/log/key").body());

        VerifyRun.Outcome honest = VerifyRun.verify(Files.writeString(dir.resolve("honest.json"), api.get("/api/v1/contracts/ct-swap-1/disclosure").body()), key.toString());
        assertThat(honest.code()).as(honest.output()).isZero();
        assertThat(honest.output()).contains("OK: the text of contract ct-swap-1 (SHA-256 " + sha256(text) + ") is the one committed to log ");

        byte[] swapped = "Royalty share to the district: 0.5 per cent.\n".getBytes(StandardCharsets.UTF_8);
        jdbc.sql("update contract_document set content = ? where sha256 = ?").params(swapped, sha256(text)).update();

        Reply refused = api.get("/api/v1/contracts/ct-swap-1/document");
        assertProblem(refused, 409, "document-does-not-match-log");
        assertThat(refused.json().get("stored").asString()).isEqualTo(sha256(swapped));
        VerifyRun.Outcome caught = VerifyRun.verify(Files.writeString(dir.resolve("swapped.json"), api.get("/api/v1/contracts/ct-swap-1/disclosure").body()), key.toString());
        assertThat(caught.code()).isEqualTo(1);
        assertThat(caught.output()).contains("FAILED: the text's SHA-256 is " + sha256(swapped) + ", not the " + sha256(text)
                + " the log committed for contract ct-swap-1");

        // Editing the committed record instead breaks its inclusion in the log.
        Map<String, Object> bundle = JSON.readValue(api.get("/api/v1/contracts/ct-swap-1/disclosure").body(), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) bundle.get("document")).get("event")).get("value");
        value.put("sha256", sha256(swapped));
        VerifyRun.Outcome forged = VerifyRun.verify(Files.writeString(dir.resolve("forged.json"), JSON.writeValueAsString(bundle)), key.toString());
        assertThat(forged.code()).isEqualTo(1);
        assertThat(forged.output()).contains("is not entry");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }


}
