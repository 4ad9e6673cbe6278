package dev.plumbline.core.docker;

/** Reads quoted Dockerfile words the way Docker's word processing does, without expansion. */
final class Quotes {

  private Quotes() {}

  /**
   * Removes quotes and resolves escapes: single quotes keep everything literally; inside double
   * quotes the escape character only escapes {@code "}, {@code $} and itself; outside quotes it
   * escapes any character.
   */
  static String remove(String raw, char escape) {
    if (raw.indexOf('\'') < 0 && raw.indexOf('"') < 0 && raw.indexOf(escape) < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    int n = raw.length();
    int i = 0;
    while (i < n) {
      char c = raw.charAt(i);
      if (c == '\'') {
        int close = raw.indexOf('\'', i + 1);
        int stop = close < 0 ? n : close;
        out.append(raw, i + 1, stop);
        i = stop + 1;
      } else if (c == '"') {
        i++;
        while (i < n && raw.charAt(i) != '"') {
          char d = raw.charAt(i);
          if (d == escape && i + 1 < n && isEscapableInDoubleQuotes(raw.charAt(i + 1), escape)) {
            out.append(raw.charAt(i + 1));
            i += 2;
          } else {
            out.append(d);
            i++;
          }
        }
        i++;
      } else if (c == escape) {
        if (i + 1 < n) {
          out.append(raw.charAt(i + 1));
        }
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isEscapableInDoubleQuotes(char c, char escape) {
    return c == '"' || c == '$' || c == escape;
  }
}
