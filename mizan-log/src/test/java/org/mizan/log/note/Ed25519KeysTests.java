package org.mizan.log.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.log.SharedVectors;

/** The JDK Ed25519 bridging: raw keys in and out, seed to public key, determinism. */
class Ed25519KeysTests {

    static LongStream seeds() {
        return LongStream.range(0, 50);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void publicKeyEncodingRoundTripsAndVerifiesSignatures(long seed) {
        byte[] secret = new byte[32];
        new Random(seed).nextBytes(secret);
        byte[] publicKey = Ed25519Keys.publicKeyFromSeed(secret);
        assertThat(Ed25519Keys.encode(Ed25519Keys.publicKey(publicKey))).isEqualTo(publicKey);
        byte[] message = ("message " + seed).getBytes(StandardCharsets.UTF_8);
        byte[] signature = Ed25519Keys.sign(Ed25519Keys.privateKey(secret), message);
        assertThat(Ed25519Keys.sign(Ed25519Keys.privateKey(secret), message)).isEqualTo(signature);
        assertThat(Ed25519Keys.verify(Ed25519Keys.publicKey(publicKey), message, signature)).isTrue();
        message[0] ^= 1;
        assertThat(Ed25519Keys.verify(Ed25519Keys.publicKey(publicKey), message, signature)).isFalse();
    }

    @Test
    void signerKeyDerivesThePublishedVerifierKey() {
        // The Go sumdb test key pair: both strings are published upstream.
        SignerKey signer = SignerKey.parse("PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz");
        assertThat(signer.verifierKey().toString()).isEqualTo("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        assertThat(signer.encoded()).startsWith("PRIVATE+KEY+PeterNeumann+c74f20a3+");
        assertThat(signer.toString()).doesNotContain("AYEKFALV");
    }

    @Test
    void tesseraSignerKeyMatchesReadmeVerifierKey() {
        String readme = SharedVectors.text("README.md");
        String skey = readme.lines().filter(l -> l.startsWith("skey: ")).findFirst().orElseThrow().substring(6).trim();
        String vkey = readme.lines().filter(l -> l.startsWith("vkey: ")).findFirst().orElseThrow().substring(6).trim();
        assertThat(SignerKey.parse(skey).verifierKey()).isEqualTo(VerifierKey.parse(vkey));
    }
}
