package org.mizan.portal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mizan.log.passport.Passport;
import org.mizan.log.passport.PassportReader;
import org.mizan.passport.Passports;
import org.mizan.passport.PublishedPassport;
import org.springframework.stereotype.Component;

/** Which published passport carries a lot's royalty assessment, so that a revenue page can link to it. */
@Component
class PassportsByLot {

    /** As many as the landing page lists: a lot exported long before is still on its passport, but not linked here. */
    private static final int SCANNED = 50;

    private final Passports passports;

    PassportsByLot(Passports passports) {
        this.passports = passports;
    }

    /** Lot id to passport id, for those of these lots whose assessment a published passport carries. */
    Map<String, String> of(Collection<String> lots) {
        Set<String> wanted = new HashSet<>(lots);
        Map<String, String> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        // The listing carries no documents: each is read on its own.
        for (PublishedPassport listed : passports.latestPublished(SCANNED)) {
            Optional<PublishedPassport> published = passports.published(listed.id());
            if (published.isEmpty()) {
                continue;
            }
            Passport document = PassportReader.read(published.get().document());
            if (document.royalties() == null || document.royalties().assessments() == null) {
                continue;
            }
            document.royalties().assessments().stream().map(e -> e.lot()).filter(wanted::contains)
                    .forEach(lot -> out.putIfAbsent(lot, listed.id()));
        }
        return out;
    }
}
