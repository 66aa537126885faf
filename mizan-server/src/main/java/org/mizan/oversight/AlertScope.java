package org.mizan.oversight;

import java.util.List;
import java.util.Optional;

import org.mizan.kernel.ProvinceCode;

import org.mizan.security.Actor;
import org.mizan.security.Role;

/**
 * Which alerts an actor may read: auditors and administrators all; a regulator those of its province
 * (a regulator with no province, a federal one, all); anyone else only alerts naming its own party.
 */
record AlertScope(String condition, List<Object> params) {

    static AlertScope of(Actor actor, Optional<ProvinceCode> jurisdiction) {
        if (actor.is(Role.ADMIN) || actor.is(Role.AUDITOR) || actor.is(Role.REGULATOR) && jurisdiction.isEmpty()) {
            return new AlertScope("true", List.of());
        }
        if (actor.is(Role.REGULATOR)) {
            return new AlertScope("province = ?", List.of(jurisdiction.get().value()));
        }
        return new AlertScope("? = any(parties)", List.of(actor.party().value()));
    }

    boolean admits(Alert alert, Actor actor, Optional<ProvinceCode> jurisdiction) {
        if ("true".equals(condition)) {
            return true;
        }
        if (actor.is(Role.REGULATOR)) {
            return alert.province().equals(jurisdiction);
        }
        return alert.subject().parties().contains(actor.party());
    }
}
