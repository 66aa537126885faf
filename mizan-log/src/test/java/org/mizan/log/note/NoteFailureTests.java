package org.mizan.log.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One fixture per {@link NoteFailure}. */
class NoteFailureTests {

    private static final SignerKey KEY = SignerKey.fromSeed("example.com/log", new byte[32]);
    private static final String TEXT = "hello\n";

    @Test
    void missingBlankLineIsMalformed() {
        assertFailure(NoteFailure.MALFORMED_NOTE, () -> Note.parse(bytes("hello\n— x AAAAAAA=\n")));
    }

    @Test
    void moreThanOneHundredSignaturesIsTooMany() {
        String line = Note.sign(TEXT, List.of(KEY.signer())).signatures().get(0).line();
        assertFailure(NoteFailure.TOO_MANY_SIGNATURES, () -> Note.parse(bytes(TEXT + "\n" + line.repeat(101))));
    }

    @Test
    void tamperedSignatureFromKnownKeyIsInvalid() {
        Note signed = Note.sign(TEXT, List.of(KEY.signer()));
        byte[] tampered = bytes(signed.format().replace(TEXT, "hellO\n"));
        assertFailure(NoteFailure.INVALID_SIGNATURE, () -> Note.open(tampered, List.of(KEY.verifierKey().verifier())));
    }

    @Test
    void signatureOnlyFromUnknownKeyIsUnverified() {
        Note signed = Note.sign(TEXT, List.of(KEY.signer()));
        NoteVerifier other = SignerKey.fromSeed("other", new byte[32]).verifierKey().verifier();
        assertFailure(NoteFailure.NO_VERIFIED_SIGNATURE, () -> signed.verify(List.of(other)));
    }

    @Test
    void keyIdNotMatchingKeyIsMalformedKey() {
        String vkey = KEY.verifierKey().toString();
        String wrongId = vkey.replace("+" + vkey.split("\\+")[1] + "+", "+00000000+");
        assertFailure(NoteFailure.MALFORMED_KEY, () -> VerifierKey.parse(wrongId));
    }

    @Test
    void unknownKeyTypeIsUnsupported() {
        assertFailure(NoteFailure.UNSUPPORTED_KEY_TYPE, () -> VerifierKey.parse("name+00000000+CQAAAA=="));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertFailure(NoteFailure expected, Executable action) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(NoteException.class,
                e -> assertThat(e.failure()).isEqualTo(expected));
    }
}
