package org.mizan.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.mizan.kernel.Rejection;
import org.mizan.log.tile.EntryBundle;
import org.mizan.log.tile.HashTile;
import org.mizan.log.tile.TilePath;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log's public face, readable without a key: the latest checkpoint, tiles and entry bundles as
 * C2SP tlog-tiles lays them out (so existing tooling can mirror and monitor the log), the verifier
 * key, and proofs.
 */
@RestController
class LogController {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable();

    private final Ledger ledger;
    private final LogStore store;

    LogController(Ledger ledger, LogStore store) {
        this.ledger = ledger;
        this.store = store;
    }

    @GetMapping("/log/checkpoint")
    ResponseEntity<String> checkpoint() {
        Ledger.SignedCheckpoint latest = ledger.latestCheckpoint()
                .orElseThrow(() -> Rejection.notFound("no-checkpoint", "The log has not signed a checkpoint yet"));
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache()).body(latest.note());
    }

    @GetMapping("/log/key")
    ResponseEntity<String> key() {
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
                .body(ledger.verifierKey().toString() + "\n");
    }

    @GetMapping("/log/tile/**")
    ResponseEntity<byte[]> tile(HttpServletRequest request) {
        String path = request.getRequestURI().substring("/log/".length());
        TilePath tile;
        try {
            tile = TilePath.parse(path);
        } catch (IllegalArgumentException e) {
            throw new Rejection(Rejection.Kind.MALFORMED, "invalid-tile-path",
                    "Not a tlog-tiles path: " + Rejection.quote(path) + " (" + e.getMessage() + ")", Map.of());
        }
        long published = ledger.latestCheckpoint().map(Ledger.SignedCheckpoint::size).orElse(0L);
        byte[] body = tile.isEntries() ? entries(tile, published) : hashes(tile, published);
        CacheControl cache = tile.isPartial() ? CacheControl.noCache() : IMMUTABLE;
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).cacheControl(cache).body(body);
    }

    private byte[] entries(TilePath tile, long published) {
        long first = tile.index() * TilePath.FULL_WIDTH;
        requireCovered(tile, first + tile.width(), published);
        return new EntryBundle(store.entries(first, first + tile.width())).encode();
    }

    private byte[] hashes(TilePath tile, long published) {
        int level = tile.level() * TilePath.HEIGHT;
        long first = tile.index() * TilePath.FULL_WIDTH;
        // The tile's last node covers leaves up to ((first + width) << level); that must be published.
        long needed = (first + tile.width()) << level;
        if (level > 62 || needed <= 0) {
            throw Rejection.notFound("no-such-tile", "No tile " + tile.path());
        }
        requireCovered(tile, needed, published);
        return HashTile.encode(store.hashes(level, first, tile.width()));
    }

    private static void requireCovered(TilePath tile, long leavesNeeded, long published) {
        if (leavesNeeded > published) {
            throw Rejection.notFound("no-such-tile", "Tile " + tile.path() + " lies beyond the published tree of size " + published);
        }
    }

    @GetMapping("/api/v1/log/proof/inclusion")
    Map<String, Object> inclusion(@RequestParam long index, @RequestParam long treeSize) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("index", index);
        out.put("treeSize", treeSize);
        out.put("hashes", base64(ledger.inclusionProof(index, treeSize)));
        return out;
    }

    @GetMapping("/api/v1/log/proof/consistency")
    Map<String, Object> consistency(@RequestParam long from, @RequestParam long to) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", from);
        out.put("to", to);
        out.put("hashes", base64(ledger.consistencyProof(from, to)));
        return out;
    }

    static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList();
    }
}
