package org.mizan.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.mizan.log.note.SignerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The log's Ed25519 signing key: given by configuration ({@code mizan.log.signer-key}, a C2SP
 * {@code PRIVATE+KEY+...} string) or read from {@code <data-dir>/log-signer.key}, which is created with
 * mode 600 on first start. The key's name is the log's origin.
 */
@Configuration(proxyBeanMethods = false)
class LogKeys {

    private static final Logger log = LoggerFactory.getLogger(LogKeys.class);

    @Bean
    SignerKey logSignerKey(@Value("${mizan.log.origin}") String origin, @Value("${mizan.log.signer-key:}") String configured,
            @Value("${mizan.data-dir}") Path dataDir) {
        SignerKey key = StringUtils.hasText(configured) ? SignerKey.parse(configured.strip()) : fromFile(origin,
                dataDir.resolve("log-signer.key"));
        if (!key.name().equals(origin)) {
            throw new IllegalStateException("The log key is named \"" + key.name() + "\" but the log's origin is \""
                    + origin + "\"; a log keeps its origin for life");
        }
        return key;
    }

    private static SignerKey fromFile(String origin, Path file) {
        try {
            if (Files.exists(file)) {
                return SignerKey.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            SignerKey key = SignerKey.generate(origin, new SecureRandom());
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                    key.encoded() + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            log.info("Generated the log signing key in {}; its verifier key is {}", file, key.verifierKey());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the log key " + file, e);
        }
    }
}
