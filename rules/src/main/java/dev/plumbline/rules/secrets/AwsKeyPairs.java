package dev.plumbline.rules.secrets;

import dev.plumbline.core.source.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS access keys: an access key ID ({@code AKIA} for a user's long-term key, {@code ASIA} for
 * temporary credentials, then 16 upper-case letters and digits) with a secret access key, 40
 * characters of base64, written near it. An ID alone identifies a key but does not sign anything;
 * the pair is the credential.
 */
final class AwsKeyPairs {

  /** How many lines above or below the ID the secret access key may be written. */
  static final int NEAR = 5;

  private static final Pattern KEY_ID =
      Pattern.compile("(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])");
  private static final Pattern SECRET_KEY =
      Pattern.compile("(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");

  private AwsKeyPairs() {}

  /** Every access key ID with a secret access key near it; neither may be a placeholder. */
  static List<Credential> find(String text, LineIndex lines) {
    if (!text.contains("AKIA") && !text.contains("ASIA")) {
      return List.of();
    }
    List<Credential> found = new ArrayList<>();
    Boolean[] known = new Boolean[lines.lineCount() + 1];
    Matcher id = KEY_ID.matcher(text);
    while (id.find()) {
      if (Placeholders.isPlaceholder(id.group(), id.group().substring(4))) {
        continue;
      }
      int line = lines.lineOf(id.start());
      secretNear(lines, line, known).ifPresent(secretLine -> found.add(new Credential(
          "AWS access key ID", id.start(), id.end(),
          " with a secret access key " + (secretLine == line ? "on the same line"
              : "on line " + secretLine), "use it")));
    }
    return found;
  }

  /**
   * The line of the nearest secret access key within {@link #NEAR} lines of {@code line};
   * {@code known} remembers the lines already judged, for files with many IDs.
   */
  private static Optional<Integer> secretNear(LineIndex lines, int line, Boolean[] known) {
    for (int distance = 0; distance <= NEAR; distance++) {
      for (int at : distance == 0 ? new int[] {line} : new int[] {line - distance,
          line + distance}) {
        if (at >= 1 && at <= lines.lineCount()) {
          if (known[at] == null) {
            known[at] = hasSecretKey(lines.lineText(at));
          }
          if (known[at]) {
            return Optional.of(at);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a line holds 40 base64 characters that can be a secret access key: mixed case,
   * which tells them from a commit SHA or a hex digest, and no placeholder.
   */
  static boolean hasSecretKey(String line) {
    Matcher m = SECRET_KEY.matcher(line);
    while (m.find()) {
      String key = m.group();
      if (!key.equals(key.toLowerCase(Locale.ROOT))
          && !key.equals(key.toUpperCase(Locale.ROOT))
          && !Placeholders.isPlaceholder(key)) {
        return true;
      }
    }
    return false;
  }
}
