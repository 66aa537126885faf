package org.mizan.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.Api;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.custody.CustodyTestEvents;
import org.mizan.log.ProofBuilder;
import org.mizan.log.ProofVerifier;
import org.mizan.log.TreeHasher;
import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.disclosure.Disclosure;
import org.mizan.log.disclosure.DisclosureException;
import org.mizan.log.disclosure.DisclosureFailure;
import org.mizan.log.note.SignerKey;
import org.mizan.log.note.VerifierKey;
import org.mizan.log.tile.EntryBundle;
import org.mizan.log.tile.HashTile;
import org.mizan.log.tile.TileHashReader;
import org.mizan.log.tile.TileLayout;
import org.mizan.log.tile.TilePath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LedgerIntegrationTests extends HttpIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private CustodyTestEvents events;

    @BeforeEach
    void registry() {
        events = CustodyTestEvents.registered(api, adminKey(), keys, "lg", 73.4, 30.6);
    }

    private VerifierKey publishedKey() {
        return VerifierKey.parse(api.get("/log/key").body().strip());
    }

    /** Waits for a signed checkpoint covering {@code size} entries; the log promises one within a second. */
    private Checkpoint checkpointCovering(long size) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Reply reply = api.get("/log/checkpoint");
            if (reply.status() == 200) {
                Checkpoint checkpoint = Checkpoint.open(reply.body().getBytes(StandardCharsets.UTF_8), List.of(publishedKey().verifier()));
                if (checkpoint.size() >= size) {
                    return checkpoint;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No checkpoint covered " + size + " entries within 5 s");
    }

    private long logIndexOf(String eventId) {
        return api.get("/api/v1/events/" + eventId + "/proof", adminKey()).json().get("index").asLong();
    }

    private byte[] tile(TilePath path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/log/" + path.path())).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path.path()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tilesAndThePublishedKeyAloneReproduceTheSignedCheckpoint() throws Exception {
        events.extract("lg-t1", "LG-T1");
        Checkpoint checkpoint = checkpointCovering(1);
        assertThat(checkpoint.origin()).isEqualTo(publishedKey().name());

        ProofBuilder fromTiles = new ProofBuilder(new TileHashReader(this::tile, checkpoint.size()));
        assertThat(fromTiles.rootHash(checkpoint.size())).isEqualTo(checkpoint.rootHash());

        // Entry bundles hold the commitments whose leaf hashes make up level 0.
        TileLayout layout = new TileLayout(checkpoint.size());
        TilePath bundle = layout.entryBundleFor(0);
        List<byte[]> commitments = EntryBundle.decode(tile(bundle)).entries();
        List<byte[]> leaves = HashTile.decode(tile(layout.hashTile(0, 0)), (int) Math.min(256, checkpoint.size()));
        for (int i = 0; i < commitments.size(); i++) {
            assertThat(TreeHasher.leafHash(commitments.get(i))).isEqualTo(leaves.get(i));
        }
    }

    @Test
    void servesProofsThatVerifyAgainstCheckpoints() throws Exception {
        events.extract("lg-p1", "LG-P1");
        Checkpoint first = checkpointCovering(1);
        events.extract("lg-p2", "LG-P2");
        long index = logIndexOf("lg-p2");
        Checkpoint second = checkpointCovering(index + 1);

        JsonNode inclusion = api.get("/api/v1/log/proof/inclusion?index=" + index + "&treeSize=" + second.size()).json();
        List<byte[]> path = decode(inclusion.get("hashes"));
        byte[] leaf = TreeHasher.leafHash(commitmentOf("lg-p2"));
        ProofVerifier.verifyInclusion(index, second.size(), leaf, path, second.rootHash());

        if (second.size() > first.size()) {
            JsonNode consistency = api.get("/api/v1/log/proof/consistency?from=" + first.size() + "&to=" + second.size()).json();
            ProofVerifier.verifyConsistency(first.size(), second.size(), first.rootHash(), second.rootHash(),
                    decode(consistency.get("hashes")));
        }
    }

    @Test
    void aDisclosedEventVerifiesOfflineAndEveryTamperingIsCaught() throws Exception {
        events.extract("lg-d1", "LG-D1");
        checkpointCovering(logIndexOf("lg-d1") + 1);
        JsonNode bundle = api.get("/api/v1/events/lg-d1/proof", events.minerKey()).json();
        Disclosure disclosure = disclosure(bundle);
        assertThat(disclosure.verify(publishedKey()).size()).isGreaterThan(disclosure.index());

        Map<String, Object> changedMass = JSON.convertValue(bundle.get("event"), Map.class);
        changedMass.put("massKg", "1001");
        assertFails(new Disclosure(changedMass, disclosure.salt(), disclosure.index(), disclosure.inclusionProof(),
                disclosure.checkpoint()), publishedKey(), DisclosureFailure.NOT_INCLUDED);
        byte[] salt = disclosure.salt();
        salt[0] ^= 1;
        assertFails(new Disclosure(disclosure.event(), salt, disclosure.index(), disclosure.inclusionProof(),
                disclosure.checkpoint()), publishedKey(), DisclosureFailure.NOT_INCLUDED);
        if (!disclosure.inclusionProof().isEmpty()) {
            List<byte[]> flipped = new ArrayList<>(disclosure.inclusionProof());
            byte[] first = flipped.get(0).clone();
            first[5] ^= 0x40;
            flipped.set(0, first);
            assertFails(new Disclosure(disclosure.event(), disclosure.salt(), disclosure.index(), flipped, disclosure.checkpoint()),
                    publishedKey(), DisclosureFailure.NOT_INCLUDED);
        }
        VerifierKey otherKey = SignerKey.generate(publishedKey().name(), new java.security.SecureRandom()).verifierKey();
        assertFails(disclosure, otherKey, DisclosureFailure.BAD_SIGNATURE);
        assertThat(api.get("/api/v1/events/lg-d1/proof", events.processorKey()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/events/lg-d1/proof").status()).isEqualTo(401);
    }

    @Test
    void refusesMalformedTilePathsAndOutOfRangeRequests() {
        assertProblem(api.get("/log/tile/abc"), 400, "invalid-tile-path");
        assertProblem(api.get("/log/tile/0/x001/234"), 404, "no-such-tile");
        assertProblem(api.get("/log/tile/0/000.p/0"), 400, "invalid-tile-path");
        assertProblem(api.get("/log/tile/0/000.p/256"), 400, "invalid-tile-path");
        assertProblem(api.get("/log/tile/9/000"), 404, "no-such-tile");
        assertProblem(api.get("/api/v1/log/proof/inclusion?index=-1&treeSize=1"), 400, "out-of-range");
        assertProblem(api.get("/api/v1/log/proof/inclusion?index=0&treeSize=999999999"), 400, "out-of-range");
        assertProblem(api.get("/api/v1/log/proof/consistency?from=5&to=2"), 400, "out-of-range");
        assertProblem(api.get("/api/v1/log/proof/consistency?from=0&to=1"), 400, "out-of-range");
        assertProblem(api.get("/api/v1/log/proof/inclusion?index=zero&treeSize=1"), 400, "invalid-parameter");
    }

    @Test
    void fullTilesAreImmutableAndPartialOnesAreNot() throws Exception {
        events.extract("lg-c1", "LG-C1");
        Checkpoint checkpoint = checkpointCovering(1);
        int width = (int) Math.min(256, checkpoint.size());
        HttpResponse<byte[]> partial = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl()
                + "/log/" + TilePath.hashes(0, 0, width).path())).build(), HttpResponse.BodyHandlers.ofByteArray());
        String cache = partial.headers().firstValue("Cache-Control").orElse("");
        assertThat(cache).contains(width == 256 ? "immutable" : "no-cache");
    }

    private void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.type()).isEqualTo("/problems/" + type);
    }

    private byte[] commitmentOf(String eventId) {
        JsonNode bundle = api.get("/api/v1/events/" + eventId + "/proof", adminKey()).json();
        return org.mizan.log.disclosure.Commitment.of(Base64.getDecoder().decode(bundle.get("salt").asString()),
                JSON.treeToValue(bundle.get("event"), Object.class));
    }

    private static Disclosure disclosure(JsonNode bundle) {
        return Disclosure.fromJson(JSON.treeToValue(bundle, java.util.Map.class));
    }

    private static List<byte[]> decode(JsonNode hashes) {
        List<byte[]> out = new ArrayList<>();
        hashes.forEach(h -> out.add(Base64.getDecoder().decode(h.asString())));
        return out;
    }

    private static void assertFails(Disclosure disclosure, VerifierKey key, DisclosureFailure failure) {
        assertThatThrownBy(() -> disclosure.verify(key)).isInstanceOf(DisclosureException.class)
                .extracting(e -> ((DisclosureException) e).failure()).isEqualTo(failure);
    }
}
