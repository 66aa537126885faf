package org.mizan.registry;

import java.time.ZoneId;

import org.mizan.kernel.ProvinceCode;

/**
 * A province or territory that issues mineral titles, with the time zone its law keeps: a licence's
 * dates are days of that calendar, so an event is judged by the local day it happened on, not the UTC one.
 */
public record Province(ProvinceCode code, String name, ZoneId zone) {

    public Province {
        if (code == null || name == null || zone == null) {
            throw new IllegalArgumentException("A province needs a code, a name and a time zone");
        }
    }
}
