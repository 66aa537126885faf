package org.mizan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.custody.Custody;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.SiteId;
import org.mizan.passport.Passports;
import org.mizan.registry.GeoJson;
import org.mizan.registry.Licence;
import org.mizan.registry.LicenceOffice;
import org.mizan.registry.LicenceType;
import org.mizan.registry.MineralCapacity;
import org.mizan.registry.Party;
import org.mizan.registry.PartyKind;
import org.mizan.registry.Registry;
import org.mizan.registry.Site;
import org.mizan.registry.SiteKind;
import org.mizan.security.Actor;
import org.mizan.security.KeyFiles;
import org.mizan.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the illustrative registry through the same facades the API uses, so the demo obeys every
 * rule a real regulator would, then issues one key per party into a private file.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "mizan.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final Actor LOADER = new Actor(new PartyId("mizan-operator"), Role.ADMIN);

    private final Registry registry;
    private final LicenceOffice office;
    private final DemoCredentials credentials;
    private final Custody custody;
    private final JsonMapper json;
    private final Path keysFile;
    private final Passports passports;
    private final boolean logged;

    DemoData(Registry registry, LicenceOffice office, DemoCredentials credentials, Custody custody, JsonMapper json,
            @Value("${mizan.demo.keys-file:${mizan.data-dir}/demo-keys.json}") Path keysFile, Passports passports,
            @Value("${mizan.log.commit-events:true}") boolean logged) {
        this.logged = logged;
        this.registry = registry;
        this.office = office;
        this.credentials = credentials;
        this.custody = custody;
        this.json = json;
        this.keysFile = keysFile;
        this.passports = passports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (registry.party(new PartyId("fwo")).isPresent()) {
            log.info("Demo data already loaded");
            return;
        }
        JsonNode demo = read("demo/registry.json");
        // API keys by party at the top level, as scripts read them; browser passwords by user name under "sign-ins".
        Map<String, Object> issued = new LinkedHashMap<>();
        Map<String, String> signIns = new LinkedHashMap<>();
        DemoCredentials.Issued loader = credentials.issue(LOADER.party(), Role.ADMIN);
        issued.put(LOADER.party().value(), loader.key());
        signIns.put(LOADER.party().value(), loader.password());
        for (JsonNode p : demo.get("parties")) {
            Party party = registry.registerParty(LOADER, party(p));
            DemoCredentials.Issued secrets = credentials.issue(party.id(), Role.of(p.get("role").asString()));
            issued.put(party.id().value(), secrets.key());
            signIns.put(party.id().value(), secrets.password());
        }
        demo.get("licences").forEach(l -> office.grant(LOADER, licence(l)));
        demo.get("sites").forEach(s -> registry.registerSite(LOADER, site(s)));
        for (JsonNode entry : read("demo/custody.json").get("events")) {
            PartyId actor = new PartyId(entry.get("actor").asString());
            custody.record(actor, List.of(custody.read(actor, json.writeValueAsString(entry.get("event")))));
        }
        // A server that does not commit events to the log (the benchmark's log-off run) cannot prove a passport.
        if (logged) {
            passports.publish(new Actor(new PartyId("fwo"), Role.EXPORTER), "PK-EXP-2025-10-0001");
        }
        issued.put("sign-ins", signIns);
        KeyFiles.writePrivate(keysFile, json.writerWithDefaultPrettyPrinter().writeValueAsString(issued) + "\n");
        log.info("Demo data loaded (illustrative). API keys and sign-ins of the demo parties are in {}", keysFile);
    }

    private static Party party(JsonNode p) {
        return new Party(new PartyId(p.get("id").asString()), p.get("name").asString(), PartyKind.of(p.get("kind").asString()),
                p.get("country").asString(), Optional.ofNullable(p.get("jurisdiction")).map(j -> new ProvinceCode(j.asString())));
    }

    private static Licence licence(JsonNode l) {
        List<MineralCapacity> minerals = new ArrayList<>();
        l.get("minerals").forEach(m -> minerals.add(new MineralCapacity(m.get("mineral").asString(),
                new BigDecimal(m.get("annualCapacityTonnes").asString()))));
        return Licence.grant(new LicenceNumber(l.get("number").asString()), LicenceType.of(l.get("type").asString()),
                new PartyId(l.get("holder").asString()), new ProvinceCode(l.get("province").asString()), minerals,
                GeoJson.read(l.get("area")), LocalDate.parse(l.get("granted").asString()),
                LocalDate.parse(l.get("expires").asString()));
    }

    private static Site site(JsonNode s) {
        return new Site(new SiteId(s.get("id").asString()), s.get("name").asString(), SiteKind.of(s.get("kind").asString()),
                s.get("lat").asDouble(), s.get("lon").asDouble(), Optional.empty(), new PartyId(s.get("operator").asString()),
                Optional.ofNullable(s.get("licence")).map(n -> new LicenceNumber(n.asString())));
    }

    private JsonNode read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " is missing from the build", e);
        }
    }
}
