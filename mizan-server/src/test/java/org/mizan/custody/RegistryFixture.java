package org.mizan.custody;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;
import org.mizan.custody.book.Catalogue;
import org.mizan.custody.book.ElementBalancePolicy;
import org.mizan.custody.book.SiteKind;
import org.mizan.custody.book.SiteProfile;
import org.mizan.custody.book.Parties;
import org.mizan.custody.book.Sites;

/** A small fixed registry standing in for the registry module: the outside world custody looks up. */
public final class RegistryFixture {

    public static final PartyId FWO = new PartyId("fwo");
    public static final PartyId CHITRAL_MINERALS = new PartyId("chitral-minerals");
    public static final PartyId PIT_DIGGERS = new PartyId("pit-diggers");
    public static final PartyId HUB_REFINERY = new PartyId("hub-refinery");
    public static final PartyId SGS = new PartyId("sgs-pakistan");
    public static final PartyId PORT_OPERATOR = new PartyId("fwo-export");
    public static final PartyId STORE_KEEPER = new PartyId("quetta-stores");
    public static final PartyId BUYER = new PartyId("us-strategic-metals");
    public static final PartyId STRANGER = new PartyId("someone-else");

    public static final SiteId CHAGAI_MINE = new SiteId("chagai-mine");
    public static final SiteId CHITRAL_MINE = new SiteId("chitral-mine");
    public static final SiteId WILD_PIT = new SiteId("wild-pit");
    public static final SiteId HUB_PLANT = new SiteId("hub-plant");
    public static final SiteId KARACHI_LAB = new SiteId("karachi-lab");
    public static final SiteId KARACHI_PORT = new SiteId("karachi-port");
    public static final SiteId QUETTA_STORE = new SiteId("quetta-store");
    public static final SiteId STATE_RESERVE = new SiteId("state-reserve");
    public static final SiteId NOWHERE = new SiteId("not-registered");

    public static final LicenceNumber CHAGAI_LICENCE = new LicenceNumber("BAL-ML-2019-07");
    public static final LicenceNumber CHITRAL_LICENCE = new LicenceNumber("KP-ML-2021-113");

    public static final ElementSymbol CU = ElementSymbol.of("Cu");
    public static final ElementSymbol FE = ElementSymbol.of("Fe");
    public static final ElementSymbol SB = ElementSymbol.of("Sb");
    public static final ElementSymbol ND = ElementSymbol.of("Nd");
    public static final ElementSymbol PR = ElementSymbol.of("Pr");

    private static final Map<SiteId, SiteProfile> SITE_PROFILES = Map.of(
            CHAGAI_MINE, new SiteProfile(SiteKind.MINE, FWO, Optional.of(CHAGAI_LICENCE)),
            CHITRAL_MINE, new SiteProfile(SiteKind.MINE, CHITRAL_MINERALS, Optional.of(CHITRAL_LICENCE)),
            WILD_PIT, new SiteProfile(SiteKind.MINE, PIT_DIGGERS, Optional.empty()),
            HUB_PLANT, new SiteProfile(SiteKind.PROCESSING_PLANT, HUB_REFINERY, Optional.empty()),
            KARACHI_LAB, new SiteProfile(SiteKind.LABORATORY, SGS, Optional.empty()),
            KARACHI_PORT, new SiteProfile(SiteKind.PORT, PORT_OPERATOR, Optional.empty()),
            QUETTA_STORE, new SiteProfile(SiteKind.WAREHOUSE, STORE_KEEPER, Optional.empty()),
            STATE_RESERVE, new SiteProfile(SiteKind.RESERVE, STORE_KEEPER, Optional.empty()));

    private static final Map<String, ElementSymbol> PRIMARY_ELEMENTS = Map.of(
            "CU-ORE", CU, "CU-CONC", CU, "SB-ORE", SB, "SB-CONC", SB,
            "REE-ORE", ND, "REE-CONC", ND, "ND2O3", ND, "TAILINGS", FE);

    public static final Sites SITES = site -> Optional.ofNullable(SITE_PROFILES.get(site));

    /** Every party above except the stranger, who is not registered. */
    public static final Parties PARTIES = party -> java.util.Set.of(FWO, CHITRAL_MINERALS, PIT_DIGGERS, HUB_REFINERY, SGS,
            PORT_OPERATOR, STORE_KEEPER, BUYER).contains(party);

    /** The share of Nd in pure Nd2O3, from the atomic weights (2 x 144.242 / 336.481). */
    public static final BigDecimal ND_IN_ND2O3 = new BigDecimal("0.857356");

    public static final Catalogue CATALOGUE = new Catalogue() {
        @Override
        public Optional<ElementSymbol> primaryElement(String material) {
            return Optional.ofNullable(PRIMARY_ELEMENTS.get(material));
        }

        @Override
        public Optional<BigDecimal> stoichiometricMaximum(String material) {
            return "ND2O3".equals(material) ? Optional.of(ND_IN_ND2O3) : Optional.empty();
        }
    };

    /** Two per cent covers weighing and assay error in the element balance. */
    public static final ElementBalancePolicy TWO_PERCENT = new ElementBalancePolicy(new BigDecimal("0.02"));

    public static SiteProfile profile(SiteId site) {
        return SITES.require(site);
    }

    private RegistryFixture() {
    }
}
