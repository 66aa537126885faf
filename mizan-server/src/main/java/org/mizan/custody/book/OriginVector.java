package org.mizan.custody.book;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mizan.kernel.LicenceNumber;
import org.mizan.kernel.Mass;

/**
 * The share of a lot's primary element that came from each licence (ISO 22095 mass balance).
 *
 * <p>Shares are BigDecimals at exactly {@link #SCALE} decimals and always sum to exactly 1: every
 * computation rounds each share half-even to that scale and puts the rounding remainder (at most a
 * few units of 10^-12) on the largest share, ties going to the first key in {@link OriginKey} order.
 * Fixed-scale decimals, unlike integer weights, do not grow without bound along a long chain of
 * processes, and they store as {@code numeric(13,12)}. Zero shares are dropped.
 */
public record OriginVector(Map<OriginKey, BigDecimal> shares) {

    /** A part per trillion: finer than any assay, coarse enough to store and compare exactly. */
    public static final int SCALE = 12;

    public OriginVector {
        Objects.requireNonNull(shares, "shares");
        SortedMap<OriginKey, BigDecimal> exact = new TreeMap<>(shares);
        exact.replaceAll(OriginVector::requireShare);
        shares = Collections.unmodifiableSortedMap(exact);
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("an origin vector needs at least one share");
        }
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("origin shares sum to " + sum + ", not 1: " + shares);
        }
    }

    /** One input to {@link #mix(List)}: an origin and how much of the mixed element it brings. */
    public record Contribution(OriginVector origin, Mass weight) {
        public Contribution {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(weight, "weight");
        }
    }

    public static OriginVector wholly(OriginKey key) {
        return new OriginVector(Map.of(key, BigDecimal.ONE.setScale(SCALE)));
    }

    public static OriginVector licensed(LicenceNumber licence) {
        return wholly(OriginKey.licence(licence));
    }

    public static OriginVector unattributed() {
        return wholly(OriginKey.UNATTRIBUTED);
    }

    /** The weighted mix of origins. Pure: same contributions, same vector. Needs a positive total weight. */
    public static OriginVector mix(List<Contribution> contributions) {
        BigDecimal total = contributions.stream()
                .map(c -> BigDecimal.valueOf(c.weight().grams()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            throw new IllegalArgumentException("cannot mix origins with zero total weight");
        }
        Map<OriginKey, BigDecimal> weighted = new TreeMap<>();
        for (Contribution c : contributions) {
            BigDecimal weight = BigDecimal.valueOf(c.weight().grams());
            c.origin().shares().forEach((key, share) -> weighted.merge(key, share.multiply(weight), BigDecimal::add));
        }
        weighted.replaceAll((key, sum) -> sum.divide(total, SCALE, RoundingMode.HALF_EVEN));
        return normalised(weighted);
    }

    /** This vector scaled down to make room for an unattributed fraction (0..1) of the element. */
    public OriginVector withUnattributed(BigDecimal fraction) {
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("unattributed fraction must be between 0 and 1: " + fraction);
        }
        if (fraction.signum() == 0) {
            return this;
        }
        BigDecimal kept = BigDecimal.ONE.subtract(fraction);
        Map<OriginKey, BigDecimal> scaled = new TreeMap<>();
        shares.forEach((key, share) -> scaled.put(key, share.multiply(kept)));
        scaled.merge(OriginKey.UNATTRIBUTED, fraction, BigDecimal::add);
        return normalised(scaled);
    }

    public BigDecimal share(OriginKey key) {
        return shares.getOrDefault(key, BigDecimal.ZERO.setScale(SCALE));
    }

    public BigDecimal unattributedShare() {
        return share(OriginKey.UNATTRIBUTED);
    }

    private static OriginVector normalised(Map<OriginKey, BigDecimal> raw) {
        SortedMap<OriginKey, BigDecimal> rounded = new TreeMap<>();
        raw.forEach((key, share) -> {
            BigDecimal r = share.setScale(SCALE, RoundingMode.HALF_EVEN);
            if (r.signum() > 0) {
                rounded.put(key, r);
            }
        });
        OriginKey largest = null;
        for (Map.Entry<OriginKey, BigDecimal> e : rounded.entrySet()) {
            if (largest == null || e.getValue().compareTo(rounded.get(largest)) > 0) {
                largest = e.getKey();
            }
        }
        BigDecimal sum = rounded.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        rounded.merge(largest, BigDecimal.ONE.subtract(sum), BigDecimal::add);
        return new OriginVector(rounded);
    }

    // Brings a share to exactly SCALE decimals, refusing one that would need rounding to get there.
    private static BigDecimal requireShare(OriginKey key, BigDecimal share) {
        Objects.requireNonNull(key, "origin key");
        if (share == null || share.signum() <= 0 || share.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("share of " + key + " must be positive with at most " + SCALE + " decimals: " + share);
        }
        return share.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    @Override
    public String toString() {
        return shares.toString();
    }
}
