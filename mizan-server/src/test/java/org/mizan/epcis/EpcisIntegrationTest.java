package org.mizan.epcis;

import java.util.Map;

import org.mizan.Api;
import org.mizan.HttpIntegrationTest;
import org.mizan.security.Role;

/** Base of the EPCIS HTTP tests: registers a party and hands out a client with its key. */
abstract class EpcisIntegrationTest extends HttpIntegrationTest {

    EpcisClient client(String party) {
        return client(party, Role.OPERATOR);
    }

    EpcisClient client(String party, Role role) {
        Api.Reply reply = api.post("/api/v1/parties", adminKey(), Api.json(Map.of("id", party, "name", party, "kind",
                role == Role.REGULATOR ? "regulator" : "company", "country", "PK")));
        if (reply.status() != 201 && reply.status() != 409) {
            throw new AssertionError("Could not register " + party + ": " + reply.body());
        }
        return new EpcisClient(port(), keyFor(party, role));
    }
}
