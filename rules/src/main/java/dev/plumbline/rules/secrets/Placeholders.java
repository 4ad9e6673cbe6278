package dev.plumbline.rules.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values that stand for a credential rather than being one: {@code changeme}, {@code <password>},
 * {@code ${TOKEN}}, {@code xxxx}, anything with {@code example} in it (AWS documents its example
 * keys that way) and the few keys that vendors publish for everyone to use.
 */
final class Placeholders {

  /** Fragments no generated credential contains, compared in lower case. */
  private static final List<String> MARKERS = List.of("example", "xxxx", "changeme",
      "change_me", "change-me", "changeit", "placeholder", "redacted", "dummy", "replaceme",
      "replace_me", "replace-me", "your_", "your-", "yourtoken", "yourkey", "<", ">", "${", "{{",
      "$(", "%{", "***", "...", "…", "123456789", "abcdefghij");
  /**
   * Keys published for everyone: the Azurite storage emulator's account key, the same in every
   * development setup.
   */
  private static final Set<String> DOCUMENTED = Set.of(
      "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==");

  private Placeholders() {}

  /**
   * Whether {@code value} is a placeholder; {@code variable} is the part after a fixed prefix
   * (after {@code ghp_}), which must not be one character repeated ({@code ghp_000…}).
   */
  static boolean isPlaceholder(String value, String variable) {
    if (DOCUMENTED.contains(value) || variable.codePoints().distinct().count() <= 1) {
      return true;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    for (String marker : MARKERS) {
      if (lower.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  static boolean isPlaceholder(String value) {
    return isPlaceholder(value, value);
  }
}
