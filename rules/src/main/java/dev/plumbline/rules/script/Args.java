package dev.plumbline.rules.script;

import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the arguments of a command the way a particular tool does. */
final class Args {

  /** curl's short options that take a value, which ends a cluster such as {@code -sSo}. */
  static final String CURL_VALUE_LETTERS = "oAbcCdDeEFHKmPQrtTuUwxXyYz";
  /** wget's short options that take a value. */
  static final String WGET_VALUE_LETTERS = "oOaeiBtTwQPUDRAlIX";

  private static final Pattern URL_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://"
      + "(?:[^/@\\s]*@)?(\\[[^]]*]|[^/:?#\\s]+)");

  private Args() {}

  /**
   * The value of a short option given alone or at the end of a cluster ({@code -o x},
   * {@code -sSo x}, {@code -ox}), or of its long forms ({@code --output x},
   * {@code --output=x}); empty if the option is not given.
   */
  static Optional<Word> optionValue(Command c, char letter, String valueLetters,
      String... longNames) {
    List<Word> args = c.args();
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (v.equals("--")) {
        break;
      }
      for (String name : longNames) {
        if (v.equals(name)) {
          return i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
        }
        if (v.startsWith(name + "=")) {
          return Optional.of(args.get(i).afterPrefix(name.length() + 1));
        }
      }
      if (v.length() < 2 || v.charAt(0) != '-' || v.charAt(1) == '-') {
        continue;
      }
      for (int j = 1; j < v.length(); j++) {
        char ch = v.charAt(j);
        if (ch == letter) {
          if (j + 1 < v.length()) {
            return Optional.of(args.get(i).afterPrefix(j + 1));
          }
          return i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
        }
        if (valueLetters.indexOf(ch) >= 0) {
          break;
        }
      }
    }
    return Optional.empty();
  }

  /** The first operand that looks like a URL. */
  static Optional<Word> url(Command c) {
    return c.args().stream().filter(w -> w.value().matches("(?i)^(https?|ftp)://.*")).findFirst();
  }

  /** The host of a URL, lower case; empty if it is not a URL. */
  static Optional<String> host(String url) {
    Matcher m = URL_HOST.matcher(url);
    return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** localhost, 127.0.0.0/8, ::1 and 0.0.0.0: a service on the same machine. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1")
        || h.equals("0.0.0.0") || h.endsWith(".localhost");
  }
}
