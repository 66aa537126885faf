package org.mizan.contracts.book;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mizan.contracts.ocds.OcdsSchema;
import org.mizan.contracts.ocds.Releases;
import org.mizan.kernel.PartyId;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Commits a contracting process's next OCDS release in the transaction of the change it reports. Releases are
 * numbered within their ocid and never dated before the one they follow, and each is checked against the
 * bundled schema before it is committed: a release that would not validate is a defect, and nothing is written.
 */
@Component
public class ReleaseLog {

    private final ContractBook book;
    private final JsonMapper json;
    private final OcdsSchema schema = new OcdsSchema();

    ReleaseLog(ContractBook book, JsonMapper json) {
        this.book = book;
        this.json = json;
    }

    private String ocid(String contract) {
        return book.ocid(contract);
    }

    /** Builds the next release of the contract's process from its header and commits it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    void commit(String contract, OffsetDateTime now, PartyId by, Function<Releases.Header, Map<String, Object>> build) {
        List<ContractBook.Stored<Map>> earlier = book.of(contract, "release", Map.class);
        OffsetDateTime date = earlier.isEmpty() ? now : latest(now, OffsetDateTime.parse((String) earlier.get(earlier.size() - 1).value().get("date")));
        String id = ocid(contract) + "-" + (earlier.size() + 1);
        Map<String, Object> release = build.apply(new Releases.Header(ocid(contract), id, date));
        schema.requireValidReleasePackage(json.valueToTree(Map.of("uri", "urn:mizan:release:" + id, "version", "1.1",
                "publishedDate", release.get("date"), "publisher", Map.of("name", "Mizan"), "releases", List.of(release))));
        book.append("release:" + id, "release", contract, release, by, now);
    }

    private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? b : a;
    }
}
