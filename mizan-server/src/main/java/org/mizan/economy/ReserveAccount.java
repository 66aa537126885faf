package org.mizan.economy;

import java.time.YearMonth;
import java.util.Objects;

import org.mizan.custody.MaterialForm;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.Rejection;
import org.mizan.kernel.SiteId;

/**
 * A strategic reserve of one material (in the catalogue's form of it) at a reserve site, overseen by a regulator; its
 * stock is committed each month from {@code opened} on.
 */
public record ReserveAccount(String id, SiteId site, String material, MaterialForm form, ReserveTarget target, DisclosurePolicy policy,
        PartyId regulator, YearMonth opened) {

    public ReserveAccount {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw Rejection.invalid("invalid-id", "A reserve account id is lowercase letters, digits and dashes, got " + Rejection.quote(id));
        }
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(regulator, "regulator");
        Objects.requireNonNull(opened, "opened");
    }
}
