package dev.plumbline.rules.docker;

/** URLs as messages show them. */
final class Urls {

  private Urls() {}

  /**
   * The URL with any {@code user:password@} part replaced by {@code ***@}, so that a message
   * never repeats a credential written into it.
   */
  static String withoutCredentials(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return url;
    }
    int hostStart = scheme + 3;
    int pathStart = hostStart;
    while (pathStart < url.length() && "/?#".indexOf(url.charAt(pathStart)) < 0) {
      pathStart++;
    }
    int at = url.lastIndexOf('@', pathStart - 1);
    return at < hostStart ? url : url.substring(0, hostStart) + "***" + url.substring(at);
  }
}
