package org.mizan.registry;

import org.mizan.kernel.ProvinceCode;

/** A province or territory that issues mineral titles. */
public record Province(ProvinceCode code, String name) {
}
