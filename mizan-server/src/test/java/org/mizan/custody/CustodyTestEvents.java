package org.mizan.custody;

import org.mizan.Api;
import org.mizan.kernel.PartyId;
import org.mizan.security.ApiKeys;
import org.mizan.security.Role;

/** Lets tests of other modules put real custody events on the books through the HTTP API. */
public final class CustodyTestEvents {

    private final Api api;
    private final CustodyHttpFixture fixture;
    private final String miner;
    private final String processor;

    private CustodyTestEvents(Api api, CustodyHttpFixture fixture, String miner, String processor) {
        this.api = api;
        this.fixture = fixture;
        this.miner = miner;
        this.processor = processor;
    }

    /** Registers a licence, its mine and the other sites under {@code prefix} (once per database). */
    public static CustodyTestEvents registered(Api api, String admin, ApiKeys keys, String prefix, double lon, double lat) {
        CustodyHttpFixture fixture = new CustodyHttpFixture(prefix);
        if (api.get("/api/v1/sites/" + fixture.mine).status() == 404) {
            fixture.register(api, admin, lon, lat);
        }
        return new CustodyTestEvents(api, fixture, keys.issue(new PartyId(fixture.miner), Role.OPERATOR).secret(),
                keys.issue(new PartyId(fixture.processor), Role.PROCESSOR).secret());
    }

    /** Records the extraction of a 1000 kg copper ore lot; fails unless it is accepted. */
    public Api.Reply extract(String eventId, String lot) {
        Api.Reply reply = api.post("/api/v1/events", miner, Api.json(fixture.extracted(eventId, lot, "1000", "0.005", 1)));
        if (reply.status() != 201 && reply.status() != 200) {
            throw new AssertionError("Extraction refused: " + reply.body());
        }
        return reply;
    }

    public String minerKey() {
        return miner;
    }

    public String processorKey() {
        return processor;
    }
}
