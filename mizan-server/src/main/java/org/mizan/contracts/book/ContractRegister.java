package org.mizan.contracts.book;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.mizan.contracts.Amendment;
import org.mizan.contracts.Contract;
import org.mizan.contracts.ContractDocument;
import org.mizan.contracts.ocds.Releases;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Licence;
import org.mizan.registry.Registry;
import org.mizan.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Contracts, their amendments and their texts. A contract's parties and licences must be registered; its text is
 * a PDF or UTF-8 text up to the size limit, kept by its SHA-256, which the log commits. Serving a text checks its
 * bytes against that hash again, so a text swapped in the database is refused, not served.
 */
@Component
public class ContractRegister {

    public record Text(byte[] bytes, String mediaType, String sha256) {
    }

    private final ContractBook book;
    private final ContractAccess access;
    private final Registry registry;
    private final ReleaseLog releases;
    private final long maxDocumentBytes;
    // Releases are immutable, so the address of a text they cite is the node's public one, not the caller's.
    private final String publicUrl;

    ContractRegister(ContractBook book, ContractAccess access, Registry registry, ReleaseLog releases,
            @Value("${mizan.contracts.max-document-bytes:5242880}") long maxDocumentBytes,
            @Value("${mizan.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = java.net.URI.create(publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl).toString();
        this.book = book;
        this.access = access;
        this.registry = registry;
        this.releases = releases;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    public void register(Actor actor, Contract contract, OffsetDateTime now) {
        contract.parties().forEach(p -> registry.party(p.party()).orElseThrow(() -> Rejection.invalid("unknown-party",
                "Party " + p.party() + " is not registered").with("party", p.party().value())));
        List<Licence> licences = contract.licences().stream().map(this::licence).toList();
        access.mayRegister(actor, contract.licences());
        if (book.exists("contract:" + contract.id())) {
            throw Rejection.conflict("contract-exists", "Contract " + contract.id() + " is registered; change it by an amendment");
        }
        book.append("contract:" + contract.id(), "contract", contract.id(), contract, actor.party(), now);
        releases.commit(contract.id(), now, actor.party(), h -> Releases.registered(h, contract, licences, names()));
    }

    public Amendment amend(Actor actor, String id, LocalDate date, String summary, Optional<Contract.Status> status, OffsetDateTime now) {
        Contract contract = contract(id);
        access.mayRegister(actor, contract.licences());
        int number = book.of(id, "amendment", Amendment.class).size() + 1;
        Amendment amendment = new Amendment(id, number, date, summary, status);
        if (date.isBefore(contract.signed())) {
            throw Rejection.invalid("dates-out-of-order", "An amendment is dated on or after the contract's signature (" + contract.signed() + ")");
        }
        book.append("amendment:" + id + ":" + number, "amendment", id, amendment, actor.party(), now);
        releases.commit(id, now, actor.party(), h -> Releases.amended(h, contract, amendment));
        return amendment;
    }

    public ContractDocument attach(Actor actor, String id, String mediaType, byte[] bytes, OffsetDateTime now) {
        Contract contract = contract(id);
        access.mayRegister(actor, contract.licences());
        if (bytes.length > maxDocumentBytes) {
            throw new Rejection(Rejection.Kind.TOO_LARGE, "document-too-large", "A contract document is at most " + maxDocumentBytes
                    + " bytes, got " + bytes.length, Map.of("limitBytes", maxDocumentBytes));
        }
        checkContent(mediaType, bytes);
        int version = book.of(id, "document", ContractDocument.class).size() + 1;
        ContractDocument document = new ContractDocument(id, version, sha256(bytes), mediaType, bytes.length);
        book.storeDocument(document.sha256(), mediaType, bytes);
        book.append("document:" + id + ":" + version, "document", id, document, actor.party(), now);
        String url = publicUrl + "/api/v1/contracts/" + id + "/document";
        releases.commit(id, now, actor.party(), h -> Releases.documented(h, contract, document, url));
        return document;
    }

    /** The latest text of a contract, if the public may read it on {@code day}, checked against its logged hash. */
    public Text text(String id, LocalDate day) {
        Contract contract = contract(id);
        List<ContractBook.Stored<ContractDocument>> documents = book.of(id, "document", ContractDocument.class);
        if (documents.isEmpty()) {
            throw Rejection.notFound("no-document", "No text of contract " + id + " is registered");
        }
        ContractDocument latest = documents.get(documents.size() - 1).value();
        if (!contract.disclosure().textIsPublicOn(day)) {
            throw Rejection.forbidden("text-not-public", "The text of contract " + id + " is " + contract.disclosure().level().code()
                    + contract.disclosure().until().map(u -> " until " + u).orElse("") + "; its SHA-256 is " + latest.sha256())
                    .with("sha256", latest.sha256());
        }
        byte[] bytes = book.documentBytes(latest.sha256()).orElseThrow(() -> altered(id, latest.sha256(), "missing"));
        String actual = sha256(bytes);
        if (!actual.equals(latest.sha256())) {
            throw altered(id, latest.sha256(), actual);
        }
        return new Text(bytes, latest.mediaType(), latest.sha256());
    }

    /**
     * The stored bytes of the latest text, unchecked, when the public may read it on {@code day}: what a disclosure
     * hands out so that its reader, not the server, compares them with the logged hash.
     */
    public Optional<byte[]> storedText(String id, LocalDate day) {
        List<ContractBook.Stored<ContractDocument>> documents = book.of(id, "document", ContractDocument.class);
        if (documents.isEmpty() || !contract(id).disclosure().textIsPublicOn(day)) {
            return Optional.empty();
        }
        return book.documentBytes(documents.get(documents.size() - 1).value().sha256());
    }

    public Contract contract(String id) {
        return book.one("contract:" + id, Contract.class).map(ContractBook.Stored::value)
                .orElseThrow(() -> Rejection.notFound("contract-not-found", "No contract " + Rejection.quote(id) + " is registered"));
    }

    public List<Contract> contracts() {
        return book.all("contract", Contract.class).stream().map(ContractBook.Stored::value).toList();
    }

    /** Names of the registered parties, for releases and pages. */
    public Map<String, String> names() {
        Map<String, String> names = new TreeMap<>();
        registry.parties().forEach(p -> names.put(p.id().value(), p.name()));
        return names;
    }

    private Licence licence(LicenceNumber number) {
        return registry.licence(number).orElseThrow(() -> Rejection.invalid("unknown-licence", "Licence " + number
                + " is not registered").with("licence", number.value()));
    }

    /** A PDF starts with its signature; a text is valid UTF-8. Anything else is refused before it is kept. */
    private static void checkContent(String mediaType, byte[] bytes) {
        boolean ok;
        if ("application/pdf".equals(mediaType)) {
            ok = bytes.length > 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
        } else if ("text/plain".equals(mediaType)) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
                ok = bytes.length > 0;
            } catch (CharacterCodingException e) {
                ok = false;
            }
        } else {
            ok = false;
        }
        if (!ok) {
            throw new Rejection(Rejection.Kind.UNSUPPORTED_MEDIA_TYPE, "not-pdf-or-text",
                    "A contract document is a PDF (starting %PDF-) or non-empty UTF-8 text; this body is not a " + mediaType, Map.of());
        }
    }

    private static Rejection altered(String id, String logged, String actual) {
        return new Rejection(Rejection.Kind.CONFLICT, "document-does-not-match-log", "The stored text of contract " + id
                + " does not match the SHA-256 the log committed (" + logged + "); it has " + actual + " and is not served",
                Map.of("logged", logged, "stored", actual));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
