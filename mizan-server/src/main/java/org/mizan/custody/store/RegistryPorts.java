package org.mizan.custody.store;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.ProvinceCode;
import org.mizan.kernel.SiteId;
import org.mizan.registry.DelegationRegister;
import org.mizan.registry.Material;
import org.mizan.registry.Registry;
import org.mizan.registry.Site;
import org.springframework.stereotype.Component;
import org.mizan.custody.MaterialForm;
import org.mizan.custody.SubmitterPolicy;
import org.mizan.custody.book.Catalogue;
import org.mizan.custody.book.Parties;
import org.mizan.custody.book.SiteKind;
import org.mizan.custody.book.SiteProfile;
import org.mizan.custody.book.Sites;

/** Custody's view of the registry: site profiles, parties, materials' primary elements, sites' provinces, who reports for whom. */
@Component
public class RegistryPorts implements Sites, Parties, Catalogue, SubmitterPolicy.ReportingRights {

    private final Registry registry;
    private final DelegationRegister delegations;
    // Sites looked up during one group commit: a group is validated as of one moment, and without this
    // every extraction costs two site queries (its mine, then its province for the readers).
    private Map<SiteId, Optional<Site>> groupSites;

    RegistryPorts(Registry registry, DelegationRegister delegations) {
        this.registry = registry;
        this.delegations = delegations;
    }

    /** Remembers site lookups until {@link #endGroup()}; called only from the sequencer's thread. */
    public void beginGroup() {
        groupSites = new HashMap<>();
    }

    public void endGroup() {
        groupSites = null;
    }

    private Optional<Site> site(SiteId id) {
        Map<SiteId, Optional<Site>> cache = groupSites;
        return cache == null ? registry.site(id) : cache.computeIfAbsent(id, registry::site);
    }

    @Override
    public Optional<SiteProfile> find(SiteId site) {
        return site(site).map(s -> new SiteProfile(kind(s), s.operator(), s.licence()));
    }

    @Override
    public boolean registered(PartyId party) {
        return registry.party(party).isPresent();
    }

    @Override
    public Optional<ElementSymbol> primaryElement(String material) {
        return registry.catalogue().findMaterial(material).map(Material::primaryElement);
    }

    @Override
    public Optional<BigDecimal> stoichiometricMaximum(String material) {
        return registry.catalogue().findMaterial(material).flatMap(m -> registry.catalogue().elementFactor(m));
    }

    /** The catalogue's form for a material, so an event cannot call concentrate ore. */
    public Optional<MaterialForm> form(String material) {
        return registry.catalogue().findMaterial(material).map(m -> MaterialForm.valueOf(m.form().name()));
    }

    @Override
    public boolean reportsFor(PartyId submitter, PartyId actor, java.time.Instant at) {
        return delegations.reportsFor(submitter, actor, at);
    }

    public Optional<ProvinceCode> province(SiteId site) {
        return site(site).flatMap(Site::province);
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
            case TAILINGS_FACILITY:
                return SiteKind.TAILINGS_FACILITY;
            case RESERVE:
                return SiteKind.RESERVE;
            default:
                return SiteKind.WAREHOUSE;
        }
    }
}
