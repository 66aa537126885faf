package org.mizan.security.internal;

import java.nio.file.Path;

import org.mizan.kernel.PartyId;
import org.mizan.security.ApiKeys;
import org.mizan.security.IssuedKey;
import org.mizan.security.KeyFiles;
import org.mizan.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.beans.factory.annotation.Value;

/**
 * On a first start there is no key, and without one nobody can register anything. So the server
 * issues one administrator key for the system operator and writes it to a private file.
 */
@Component
@Order(0)
@ConditionalOnProperty("mizan.admin-key-file")
class AdminKeyBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminKeyBootstrap.class);
    static final PartyId SYSTEM_OPERATOR = new PartyId("mizan-operator");

    private final ApiKeys keys;
    private final Path file;

    AdminKeyBootstrap(ApiKeys keys, @Value("${mizan.admin-key-file}") Path file) {
        this.keys = keys;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (keys.anyLiveKeyWithRole(Role.ADMIN)) {
            return;
        }
        IssuedKey key = keys.issue(SYSTEM_OPERATOR, Role.ADMIN);
        KeyFiles.writePrivate(file, key.secret() + "\n");
        log.info("First start: an administrator key was written to {}", file);
    }
}
