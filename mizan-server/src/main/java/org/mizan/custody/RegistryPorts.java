package org.mizan.custody;

import java.util.Optional;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;
import org.mizan.registry.Material;
import org.mizan.registry.Registry;
import org.mizan.registry.Site;
import org.springframework.stereotype.Component;

/** Custody's view of the registry: site profiles, materials' primary elements, sites' provinces. */
@Component
class RegistryPorts implements Sites, Catalogue {

    private final Registry registry;

    RegistryPorts(Registry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<SiteProfile> find(SiteId site) {
        return registry.site(site).map(s -> new SiteProfile(kind(s), s.operator(), s.licence()));
    }

    @Override
    public Optional<ElementSymbol> primaryElement(String material) {
        try {
            return Optional.of(registry.catalogue().material(material).primaryElement());
        } catch (Rejection unknown) {
            return Optional.empty();
        }
    }

    /** The catalogue's form for a material, so an event cannot call concentrate ore. */
    Optional<MaterialForm> form(String material) {
        try {
            Material m = registry.catalogue().material(material);
            return Optional.of(MaterialForm.valueOf(m.form().name()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    Optional<ProvinceCode> province(SiteId site) {
        return registry.site(site).flatMap(Site::province);
    }

    private static SiteKind kind(Site site) {
        switch (site.kind()) {
            case MINE:
                return SiteKind.MINE;
            case PLANT:
                return SiteKind.PROCESSING_PLANT;
            case LABORATORY:
                return SiteKind.LABORATORY;
            case PORT:
                return SiteKind.PORT;
            case CHECKPOINT:
                return SiteKind.CHECKPOINT;
            default:
                return SiteKind.WAREHOUSE;
        }
    }
}
