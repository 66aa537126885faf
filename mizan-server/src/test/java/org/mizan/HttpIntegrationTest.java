package org.mizan;

import org.junit.jupiter.api.BeforeEach;
import org.mizan.kernel.PartyId;
import org.mizan.security.ApiKeys;
import org.mizan.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that drive the running server over real HTTP, on the run's PostgreSQL. Test
 * classes share one server and database, so each names its own parties and areas.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class HttpIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    protected ApiKeys keys;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /** An administrator key of the system operator, the party every fresh database starts with. */
    protected int port() {
        return port;
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected String adminKey() {
        return keys.issue(new PartyId("mizan-operator"), Role.ADMIN).secret();
    }

    protected String keyFor(String party, Role role) {
        return keys.issue(new PartyId(party), role).secret();
    }
}
