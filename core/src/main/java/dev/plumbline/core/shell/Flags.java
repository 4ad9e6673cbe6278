package dev.plumbline.core.shell;

/** How an argument matches a flag name, for {@link Command#hasFlag}. */
final class Flags {

  private Flags() {}

  static boolean matches(String arg, String flag) {
    if (arg.equals(flag)) {
      return true;
    }
    if (flag.length() == 2 && flag.charAt(0) == '-' && flag.charAt(1) != '-') {
      return isCluster(arg) && arg.indexOf(flag.charAt(1), 1) > 0;
    }
    return flag.startsWith("-") && arg.startsWith(flag + "=");
  }

  /** {@code -abc}: a single dash followed by letters and digits only. */
  static boolean isCluster(String arg) {
    if (arg.length() < 3 || arg.charAt(0) != '-' || arg.charAt(1) == '-') {
      return false;
    }
    for (int i = 1; i < arg.length(); i++) {
      if (!Character.isLetterOrDigit(arg.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
