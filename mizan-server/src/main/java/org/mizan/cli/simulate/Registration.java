package org.mizan.cli.simulate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Registers parties, licences and sites, and issues keys: the regulator, laboratory, plants, the licence
 * holders, the treasury that records their payments, the exporter with its port and the foreign buyer.
 * Labels the licences set to exceed their capacity.
 */
final class Registration {

    /** The yearly capacity a licence is registered with, and whether it was set below what the licence will extract. */
    record Capacity(long tonnes, boolean exceeded) {
    }

    private final MizanClient client;
    private final String admin;

    Registration(MizanClient client, String admin) {
        this.client = client;
        this.admin = admin;
    }

    /**
     * The licences' capacities: honest ones 1.7 to 2.5 times what their seasons give them to extract, the exceeding ones
     * 80 % of it.
     */
    static List<Capacity> capacities(SimulationSettings s, World world, Random random) {
        Map<World.Licence, Integer> mines = new HashMap<>();
        world.mines.forEach(m -> mines.merge(m.licence(), 1, Integer::sum));
        int over = Math.max(1, (int) Math.round(world.licences.size() * s.anomalyRate()));
        int every = Math.max(1, world.licences.size() / over);
        List<Capacity> out = new ArrayList<>();
        for (int i = 0; i < world.licences.size(); i++) {
            double expected = mines.getOrDefault(world.licences.get(i), 0) * (double) Season.lotsInRun(s) * 30;
            boolean exceeds = i % every == 0 && i / every < over;
            long capacity = exceeds ? (long) Math.floor(expected * 0.8) : (long) Math.ceil(expected / (0.4 + 0.2 * random.nextDouble()));
            out.add(new Capacity(Math.max(1, capacity), exceeds));
        }
        return out;
    }

    Map<String, String> register(SimulationSettings s, World world, List<Capacity> capacities, Economy economy) {
        Map<String, String> keys = new HashMap<>();
        party(world.regulator, "regulator", FiscalRegime.PROVINCE, "PK");
        keys.put(world.regulator, key(world.regulator, "regulator"));
        party(world.laboratory, "laboratory", null, "PK");
        keys.put(world.laboratory, key(world.laboratory, "operator"));
        site(world.laboratory, "laboratory", 31.45, 73.10, world.laboratory, null);
        for (World.Plant p : world.plants) {
            party(p.operator(), "processor", null, "PK");
            keys.put(p.operator(), key(p.operator(), "processor"));
            site(p.id(), "plant", p.lat(), p.lon(), p.operator(), null);
        }
        for (int i = 0; i < world.licences.size(); i++) {
            World.Licence l = world.licences.get(i);
            // A holder of two licences is one party with one key.
            if (!keys.containsKey(l.holder())) {
                party(l.holder(), "company", null, "PK");
                keys.put(l.holder(), key(l.holder(), "operator"));
            }
            licence(l, BigDecimal.valueOf(capacities.get(i).tonnes()), s.year());
            if (capacities.get(i).exceeded()) {
                economy.labelCapacity(l.number());
            }
        }
        for (World.Mine m : world.mines) {
            site(m.id(), "mine", m.lat(), m.lon(), m.licence().holder(), m.licence().number());
        }
        party(Treasury.party(s), "regulator", FiscalRegime.PROVINCE, "PK");
        keys.put(Treasury.party(s), key(Treasury.party(s), "treasury"));
        party(Exports.exporter(s), "exporter", null, "PK");
        keys.put(Exports.exporter(s), key(Exports.exporter(s), "exporter"));
        site(Exports.port(s), "port", Exports.PORT_LAT, Exports.PORT_LON, Exports.exporter(s), null);
        party(Exports.buyer(s), "buyer", null, "CN");
        return keys;
    }

    private void party(String id, String kind, String jurisdiction, String country) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", id, "kind", kind, "country", country));
        if (jurisdiction != null) {
            body.put("jurisdiction", jurisdiction);
        }
        client.post("/api/v1/parties", admin, body);
    }

    private String key(String party, String role) {
        return client.post("/api/v1/parties/" + party + "/keys", admin, Map.of("role", role)).get("key").asString();
    }

    private void licence(World.Licence l, BigDecimal capacity, int year) {
        double c = World.CELL;
        List<List<Double>> ring = List.of(List.of(l.lon(), l.lat()), List.of(l.lon() + c, l.lat()), List.of(l.lon() + c, l.lat() + c),
                List.of(l.lon(), l.lat() + c), List.of(l.lon(), l.lat()));
        client.post("/api/v1/licences", admin, Map.of("number", l.number(), "type", "mining-lease", "holder", l.holder(),
                "province", FiscalRegime.PROVINCE, "minerals", List.of(Map.of("mineral", l.mineral(), "annualCapacityTonnes", capacity)),
                "area", Map.of("type", "Polygon", "coordinates", List.of(ring)), "granted", (year - 1) + "-01-01",
                "expires", (year + 10) + "-12-31"));
    }

    private void site(String id, String kind, double lat, double lon, String operator, String licence) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", id, "kind", kind, "lat", lat, "lon", lon, "operator", operator));
        if (licence != null) {
            body.put("licence", licence);
        }
        client.post("/api/v1/sites", admin, body);
    }
}
