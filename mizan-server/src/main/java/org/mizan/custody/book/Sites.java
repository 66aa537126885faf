package org.mizan.custody.book;

import java.util.Optional;
import org.mizan.kernel.SiteId;
import org.mizan.custody.CustodyRule;
import org.mizan.custody.CustodyViolation;

/** The registry's sites, as custody sees them. One lookup, so a test or an adapter is a lambda. */
@FunctionalInterface
public interface Sites {

    Optional<SiteProfile> find(SiteId site);

    default SiteProfile require(SiteId site) {
        return find(site).orElseThrow(() ->
                new CustodyViolation(CustodyRule.UNKNOWN_SITE, "site " + site + " is not in the registry"));
    }
}
