package dev.plumbline.core.report;

import dev.plumbline.core.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints that identify a finding across runs while the file around it changes, in the
 * format of SARIF {@code partialFingerprints.primaryLocationLineHash} as GitHub code scanning
 * uses it: {@code <hash>:<occurrence>}.
 *
 * <ul>
 *   <li>The hash is the first {@value #HASH_LENGTH} hex digits of the SHA-256 of the rule ID, a
 *       NUL character and the whitespace-normalised text of the finding's source lines. Line
 *       and column numbers and the message are not part of it, so inserting or removing lines
 *       elsewhere in the file, re-indenting the offending lines or rewording a message keeps
 *       the fingerprint; editing the offending lines changes it.
 *   <li>The occurrence is the 1-based number of the finding among the findings of the same file
 *       with the same hash, in {@link Finding#ORDER}, so two identical lines with the same
 *       problem get {@code :1} and {@code :2}.
 * </ul>
 */
public final class Fingerprints {

  /** Number of hex digits of the hash part. */
  public static final int HASH_LENGTH = 16;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Fingerprints() {}

  /**
   * The fingerprints of {@code findings}, in the same order as the list (which need not be
   * sorted; occurrences are always counted in {@link Finding#ORDER}).
   */
  public static List<String> of(List<Finding> findings) {
    List<Integer> order = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(findings::get, Finding.ORDER));
    String[] hashes = new String[findings.size()];
    for (int i = 0; i < findings.size(); i++) {
      hashes[i] = lineHash(findings.get(i));
    }
    Map<String, Integer> seen = new HashMap<>();
    String[] result = new String[findings.size()];
    for (int index : order) {
      String key = findings.get(index).path() + '\0' + hashes[index];
      int occurrence = seen.merge(key, 1, Integer::sum);
      result[index] = hashes[index] + ":" + occurrence;
    }
    return List.of(result);
  }

  /** The hash part of a finding's fingerprint, without the occurrence. */
  public static String lineHash(Finding finding) {
    return lineHash(finding.ruleId(), finding.lines());
  }

  /** The hash part for a rule ID and the source lines of a finding. */
  public static String lineHash(String ruleId, String lines) {
    return sha256Hex(HASH_LENGTH, ruleId, normalizeWhitespace(lines));
  }

  /**
   * The first {@code digits} hex digits of the SHA-256 of the UTF-8 forms of {@code parts},
   * each pair separated by a NUL character.
   */
  static String sha256Hex(int digits, String... parts) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sha256.update((byte) 0);
      }
      sha256.update(parts[i].getBytes(StandardCharsets.UTF_8));
    }
    byte[] digest = sha256.digest();
    char[] hex = new char[digits];
    for (int i = 0; i < digits; i++) {
      int b = digest[i / 2] & 0xFF;
      hex[i] = HEX[i % 2 == 0 ? b >>> 4 : b & 0xF];
    }
    return new String(hex);
  }

  /**
   * {@code text} with leading and trailing whitespace removed and every other run of whitespace,
   * line breaks included, replaced by one space.
   */
  public static String normalizeWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }
}
