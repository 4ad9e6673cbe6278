package dev.plumbline.rules.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Private keys in PEM form ({@code -----BEGIN RSA PRIVATE KEY-----} … {@code -----END RSA PRIVATE
 * KEY-----}, also OpenSSH, EC, DSA, PKCS#8, encrypted and PGP keys), whether the lines are
 * written out (a YAML block scalar, a heredoc) or joined with {@code \n} escapes in a quoted
 * string. A block counts when its body holds enough base64 to be a key: a block whose body is
 * {@code ...} or a variable is an example of the format, not a key.
 */
final class PrivateKeyBlocks {

  /** The fewest base64 characters a key's body has (the smallest EC keys have about 160). */
  private static final int MIN_BODY = 64;
  /** How far the END line may be from the BEGIN line, in characters. */
  private static final int MAX_BLOCK = 65_536;

  private static final Pattern BEGIN = Pattern.compile(
      "-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----");
  private static final Pattern END = Pattern.compile(
      "-----END ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----");
  /** What may stand between the base64 lines: line breaks, escapes, indentation, quotes. */
  private static final Pattern FILLER = Pattern.compile("\\\\[nr]|[\\s\"'+,|#]");
  /** Header lines of an encrypted key (Proc-Type, DEK-Info) and of a PGP armour. */
  private static final Pattern HEADER = Pattern.compile("[A-Za-z-]+: [^\\n\\\\]*");

  private PrivateKeyBlocks() {}

  static List<Credential> find(String text) {
    if (!text.contains("-----BEGIN ")) {
      return List.of();
    }
    List<MatchResult> ends = END.matcher(text).results().toList();
    List<Credential> found = new ArrayList<>();
    Matcher begin = BEGIN.matcher(text);
    int from = 0;
    int firstEnd = 0;
    while (begin.find(from)) {
      from = begin.end();
      while (firstEnd < ends.size() && ends.get(firstEnd).start() < begin.end()) {
        firstEnd++;
      }
      // the first END of the same label within reach closes the block
      MatchResult end = null;
      for (int i = firstEnd; i < ends.size()
          && ends.get(i).start() - begin.end() <= MAX_BLOCK; i++) {
        if (ends.get(i).group(1).equals(begin.group(1))) {
          end = ends.get(i);
          break;
        }
      }
      if (end != null && isKeyBody(text.substring(begin.end(), end.start()))) {
        found.add(new Credential(kind(begin.group(1)), begin.start(), end.end()));
        from = end.end();
      }
    }
    return found;
  }

  /** "RSA private key", "OpenSSH private key", "private key" (PKCS#8), "PGP private key". */
  private static String kind(String label) {
    String type = label.substring(0, label.indexOf("PRIVATE KEY")).strip();
    return switch (type) {
      case "" -> "private key";
      case "OPENSSH" -> "OpenSSH private key";
      case "ENCRYPTED" -> "encrypted private key";
      default -> type + " private key";
    };
  }

  /** Whether a block's body is base64 key material rather than an example of the format. */
  static boolean isKeyBody(String body) {
    String material = FILLER.matcher(HEADER.matcher(body).replaceAll("")).replaceAll("");
    return material.length() >= MIN_BODY && material.matches("[A-Za-z0-9+/=]+")
        && !Placeholders.isPlaceholder(material);
  }
}
