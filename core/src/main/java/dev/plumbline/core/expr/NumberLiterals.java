package dev.plumbline.core.expr;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads number literals the way the GitHub Actions runner does: a JSON-like decimal with an
 * optional sign, fraction and exponent ({@code 711}, {@code -9.2}, {@code .5}, {@code -2.99e-2}),
 * a hexadecimal ({@code 0xff}) or octal ({@code 0o17}) integer, or {@code Infinity} with a sign.
 */
final class NumberLiterals {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");

  private NumberLiterals() {
  }

  /** The value of a number literal, or empty if the text is not one. */
  static Optional<Double> parse(String text) {
    if (DECIMAL.matcher(text).matches()) {
      return Optional.of(Double.parseDouble(text));
    }
    if (HEX.matcher(text).matches()) {
      return Optional.of(new BigInteger(text.substring(2), 16).doubleValue());
    }
    if (OCTAL.matcher(text).matches()) {
      return Optional.of(new BigInteger(text.substring(2), 8).doubleValue());
    }
    return switch (text) {
      case "Infinity", "+Infinity" -> Optional.of(Double.POSITIVE_INFINITY);
      case "-Infinity" -> Optional.of(Double.NEGATIVE_INFINITY);
      default -> Optional.empty();
    };
  }
}
