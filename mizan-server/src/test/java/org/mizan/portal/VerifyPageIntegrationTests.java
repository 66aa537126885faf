package org.mizan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mizan.Api.Reply;
import org.mizan.HttpIntegrationTest;
import org.mizan.passport.DemoPassport;
import org.springframework.test.context.TestPropertySource;

/** The upload check over plain HTTP: verdicts, and 4xx for what is not a passport or too large. */
@TestPropertySource(properties = {"mizan.demo.enabled=true", "mizan.portal.max-upload-bytes=2000000"})
class VerifyPageIntegrationTests extends HttpIntegrationTest {

    private static final String BOUNDARY = "mizan-test-boundary";

    private Reply upload(byte[] file, String key) {
        return upload(file, key, "text/html");
    }

    private Reply upload(byte[] file, String key, String accept) {
        return upload("/verify", file, key, accept);
    }

    private Reply upload(String path, byte[] file, String key, String accept) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (file != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"passport\"; filename=\"p.json\"\r\n"
                    + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (key != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\n" + key + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), null);
    }

    @Test
    void aServedPassportVerifiesWithoutAKey() {
        Reply reply = upload(api.get("/passports/" + DemoPassport.PUBLISHED + ".json").body().getBytes(StandardCharsets.UTF_8), null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("Verified: passport PK-EXP-2025-10-0001 checks out.");
    }

    @Test
    void aPassportCheckedAgainstAnotherKeyIsNotVerified() {
        String other = org.mizan.log.note.SignerKey.generate("mizan.localhost/log", new java.security.SecureRandom()).verifierKey().toString();
        Reply reply = upload(api.get("/passports/" + DemoPassport.PUBLISHED + ".json").body().getBytes(StandardCharsets.UTF_8), other);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("Not verified: passport PK-EXP-2025-10-0001 fails a check.",
                "the checkpoint is not signed by mizan.localhost/log", "An earlier check failed.");
    }

    @Test
    void whatIsNotAPassportIsRefusedWithItsReason() {
        Reply missing = upload(null, null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Choose a passport file (JSON) to check.");
        Reply notJson = upload("{not json".getBytes(StandardCharsets.UTF_8), null);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).contains("The file is not JSON");
        Reply otherJson = upload("{\"format\": \"something-else\"}".getBytes(StandardCharsets.UTF_8), null);
        assertThat(otherJson.status()).isEqualTo(422);
        assertThat(otherJson.body()).contains("not a Mizan passport");
        Reply broken = upload("{\"format\": \"mizan-passport/v1\", \"passportIdentifier\": \"X\"}".getBytes(StandardCharsets.UTF_8), null);
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.body()).contains("cannot be read: missing field evidence");
        Reply badKey = upload("{}".getBytes(StandardCharsets.UTF_8), "not-a-key");
        assertThat(badKey.status()).isEqualTo(422);
        assertThat(badKey.body()).contains("The verifier key is not a key");
    }

    private Reply page(String path) {
        return api.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "text/html").GET(), null);
    }

    @Test
    void inUrduARefusalSaysWhyInUrduAndKeepsTheServersDetailInEnglish() {
        Reply notJson = upload("/verify?lang=ur", "{not json".getBytes(StandardCharsets.UTF_8), null, "text/html");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).contains("dir=\"rtl\"", "<h1>پاسپورٹ کی تصدیق</h1>", "<span>یہ فائل JSON نہیں ہے۔</span>")
                .contains("lang=\"en\" dir=\"ltr\" class=\"detail\">The file is not JSON");
        Reply missingPassport = page("/passports/PK-NO-SUCH-2?lang=ur");
        assertThat(missingPassport.status()).isEqualTo(404);
        assertThat(missingPassport.body()).contains("dir=\"rtl\"", "<h1>کوئی شائع شدہ پاسپورٹ PK-NO-SUCH-2 نہیں</h1>");
        // A refusal rendered by an exception handler keeps the reader's language and direction too.
        Reply missingLicence = page("/licences/XX-0000?lang=ur");
        assertThat(missingLicence.status()).isEqualTo(404);
        assertThat(missingLicence.body()).contains("<html lang=\"ur\" dir=\"rtl\">", "<h1>یہاں کچھ نہیں</h1>", "?lang=en");
    }

    @Test
    void anOversizedUploadIs413() {
        byte[] big = new byte[2_000_001];
        java.util.Arrays.fill(big, (byte) ' ');
        Reply reply = upload(big, null, "application/problem+json");
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.type()).isEqualTo("/problems/upload-too-large");
        assertThat(reply.json().get("limitBytes").asLong()).isEqualTo(2_000_000);
        Reply page = upload(big, null);
        assertThat(page.status()).isEqualTo(413);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("A passport file may be at most 2000000 bytes");
    }
}
