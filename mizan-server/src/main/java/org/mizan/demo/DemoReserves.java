package org.mizan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mizan.custody.Custody;
import org.mizan.custody.CustodyEvent;
import org.mizan.economy.ReserveProposals;
import org.mizan.economy.Reserves;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;
import org.mizan.registry.Registry;
import org.mizan.registry.Site;
import org.mizan.registry.SiteKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sealed antimony reserve: an illustrative reserve site, its account and plan, three intakes through custody, and
 * every month from the account's opening to the last ended month committed to the log, as the month-end job would.
 */
@Component
@Order(14)
@ConditionalOnProperty(name = "mizan.demo.enabled", havingValue = "true")
class DemoReserves implements ApplicationRunner {

    record DemoFile(String notice, SiteFile site, ReserveProposals.Account account, PlanFile plan, String actor, List<JsonNode> events) {
    }

    record SiteFile(String id, String name, String kind, double lat, double lon, String operator) {
    }

    record PlanFile(int year, String maxAcquisitionKg, String maxDisposalKg) {
    }

    private final Reserves reserves;
    private final Registry registry;
    private final Custody custody;
    private final JsonMapper json;

    DemoReserves(Reserves reserves, Registry registry, Custody custody, JsonMapper json) {
        this.reserves = reserves;
        this.registry = registry;
        this.custody = custody;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!reserves.coverage().isEmpty()) {
            return;
        }
        DemoFile demo = read();
        SiteFile s = demo.site();
        registry.registerSite(DemoData.LOADER, new Site(new SiteId(s.id()), s.name(), SiteKind.of(s.kind()), s.lat(), s.lon(),
                Optional.empty(), new PartyId(s.operator()), Optional.empty()));
        reserves.open(DemoData.LOADER, demo.account());
        reserves.plan(DemoData.LOADER, demo.account().id(), demo.plan().year(),
                new ReserveProposals.Plan(demo.plan().maxAcquisitionKg(), demo.plan().maxDisposalKg()));
        PartyId actor = new PartyId(demo.actor());
        List<CustodyEvent> events = new ArrayList<>();
        demo.events().forEach(e -> events.add(custody.read(actor, json.writeValueAsString(e))));
        custody.record(actor, events);
        reserves.commitThrough(reserves.lastEnded());
    }

    private DemoFile read() {
        try (InputStream in = new ClassPathResource("demo/reserves.json").getInputStream()) {
            return json.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("demo/reserves.json is missing from the build", e);
        }
    }
}
