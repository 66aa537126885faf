package org.mizan.passport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mizan.kernel.SiteId;
import org.mizan.registry.Registry;
import org.mizan.registry.Site;

/** Registry sites looked up once per passport: chains name the same few sites many times. */
final class SiteNames {

    private final Registry registry;
    private final Map<String, java.util.Optional<Site>> seen = new ConcurrentHashMap<>();

    SiteNames(Registry registry) {
        this.registry = registry;
    }

    /** Empty for an unknown site, and for the empty id of an event that names no site (a write-off). */
    java.util.Optional<Site> site(String id) {
        if (id.isEmpty()) {
            return java.util.Optional.empty();
        }
        return seen.computeIfAbsent(id, key -> registry.site(new SiteId(key)));
    }

    String name(String id) {
        return site(id).map(Site::name).orElse(id);
    }
}
