package org.mizan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.mizan.log.checkpoint.Checkpoint;
import org.mizan.log.disclosure.Disclosure;
import org.mizan.log.disclosure.DisclosureException;
import org.mizan.log.note.VerifierKey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a disclosure bundle offline: the checkpoint is signed by the given key, and the event with
 * its salt is included in that checkpoint's tree. Given a passport, also checks that its figures
 * recompute from its events; given a revenue disclosure bundle, that every row is the exact sum of its logged
 * receipts; given a contract disclosure, that its text hashes to what the log committed. Needs no server and no database.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify an event disclosure bundle, a mineral passport, a revenue disclosure bundle or a contract disclosure offline against the log's verifier key.")
class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The bundle (JSON from GET /api/v1/events/{id}/proof, /api/v1/eiti/summary-data/{fiscalYear}/bundle.json or /api/v1/contracts/{id}/disclosure or /api/v1/economy/reserves/{account}/disclosure) or a passport (from /passports/{id}.json).")
    Path bundle;

    @Option(names = "--key", required = true,
            description = "The log's verifier key (name+hexid+base64), or a file holding it (as served at /log/key).")
    String key;

    @Override
    public Integer call() {
        try {
            VerifierKey verifier = VerifierKey.parse(readKey(key));
            Map<?, ?> document = readObject(bundle);
            if (PassportVerification.isPassport(document)) {
                return PassportVerification.print(document, verifier, System.out);
            }
            if (RevenueVerification.isRevenueBundle(document)) {
                return RevenueVerification.print(document, verifier, System.out);
            }
            if (ContractVerification.isContractDisclosure(document)) {
                return ContractVerification.print(document, verifier, System.out);
            }
            if (ReserveVerification.isReserveDisclosure(document)) {
                return ReserveVerification.print(document, verifier, System.out);
            }
            Disclosure disclosure = Disclosure.fromJson(document);
            Checkpoint checkpoint = disclosure.verify(verifier);
            System.out.println("OK: event " + eventId(disclosure) + " is entry " + disclosure.index() + " of log "
                    + checkpoint.origin() + ", in the checkpoint of size " + checkpoint.size() + " signed by " + verifier.name());
            return 0;
        } catch (DisclosureException e) {
            System.out.println("FAILED: " + e.getMessage());
        } catch (IOException | JacksonException | IllegalArgumentException | ClassCastException | org.mizan.log.note.NoteException e) {
            System.out.println("FAILED: cannot read the bundle or key: " + e.getMessage());
        }
        return 1;
    }

    static String readKey(String key) throws IOException {
        Path file = Path.of(key);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : key.strip();
    }

    static Disclosure read(Path file) throws IOException {
        return Disclosure.fromJson(readObject(file));
    }

    static Map<?, ?> readObject(Path file) throws IOException {
        // A repeated key would let this reader and another disagree on what the file says.
        Object bundle = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().readValue(Files.readString(file, StandardCharsets.UTF_8), Object.class);
        if (!(bundle instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the bundle is not a JSON object");
        }
        return map;
    }

    private static String eventId(Disclosure disclosure) {
        return disclosure.event() instanceof java.util.Map<?, ?> map ? String.valueOf(map.get("eventId")) : "?";
    }
}
