package org.mizan.oversight;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The one-sided sign test: if each of {@code n} trips were as likely to arrive short as not (honest
 * scales err both ways), the probability that {@code k} or more arrive short. Exact binomial tail at
 * one half: the sum of C(n, i) for i from k to n, over 2^n.
 */
record SignTest(int n, int k) {

    SignTest {
        if (n < 1 || k < 0 || k > n) {
            throw new IllegalArgumentException("a sign test needs 0 <= k <= n and n >= 1, got k=" + k + ", n=" + n);
        }
    }

    BigDecimal pValue() {
        BigInteger tail = BigInteger.ZERO;
        BigInteger c = BigInteger.ONE; // C(n, 0)
        for (int i = 0; i <= n; i++) {
            if (i >= k) {
                tail = tail.add(c);
            }
            c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1L));
        }
        return new BigDecimal(tail).divide(new BigDecimal(BigInteger.TWO.pow(n)), MathContext.DECIMAL64);
    }
}
