package org.mizan.registry;

import java.util.Optional;

import org.mizan.kernel.ProvinceCode;

/** Where a point lies administratively. */
public record Place(ProvinceCode province, String provinceName, Optional<String> district) {
}
