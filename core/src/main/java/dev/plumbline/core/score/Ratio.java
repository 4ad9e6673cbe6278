package dev.plumbline.core.score;

import java.math.BigInteger;

/**
 * An exact non-negative fraction, so that a score that is exactly halfway rounds up on every
 * machine instead of falling a hair below .5 in floating point.
 */
record Ratio(BigInteger numerator, BigInteger denominator) {

  static final Ratio ZERO = of(0, 1);

  Ratio {
    if (denominator.signum() <= 0 || numerator.signum() < 0) {
      throw new IllegalArgumentException(numerator + "/" + denominator);
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  static Ratio of(long numerator, long denominator) {
    return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  Ratio plus(Ratio other) {
    return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(
        denominator)), denominator.multiply(other.denominator));
  }

  Ratio times(Ratio other) {
    return new Ratio(numerator.multiply(other.numerator),
        denominator.multiply(other.denominator));
  }

  Ratio dividedBy(Ratio other) {
    return new Ratio(numerator.multiply(other.denominator),
        denominator.multiply(other.numerator));
  }

  /** The nearest integer, halves rounded up. */
  int roundHalfUp() {
    BigInteger two = BigInteger.TWO;
    return numerator.multiply(two).add(denominator).divide(denominator.multiply(two))
        .intValueExact();
  }

  /** Rounded half up to {@code decimals} places, as text ({@code 33.33}). */
  String toDecimal(int decimals) {
    return new java.math.BigDecimal(numerator).divide(new java.math.BigDecimal(denominator),
        decimals, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
