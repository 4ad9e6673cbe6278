package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.Mount;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;

/**
 * Whether a RUN keeps a directory out of its layer: by deleting it after some point of its script,
 * or by mounting a cache or tmpfs over it, so that what is written there never reaches the image.
 */
final class LayerCleanup {

  private LayerCleanup() {}

  /**
   * Whether a command that starts after offset {@code after} deletes {@code dir} or everything in
   * it: {@code rm -rf /var/lib/apt/lists/*}, {@code rm -rf /var/cache/apk}, or {@code find dir
   * ... -delete}.
   */
  static boolean removes(Script script, int after, String dir) {
    for (Command raw : script.commands()) {
      if (raw.start() <= after) {
        continue;
      }
      Command c = raw.effective();
      if (c.is("rm") && c.operands().stream().anyMatch(w -> deletes(w, dir))) {
        return true;
      }
      if (c.is("find") && !c.args().isEmpty() && c.args().get(0).isLiteral()
          && covers(c.args().get(0).value(), dir)
          && (c.hasFlag("-delete") || c.hasFlag("-exec") || c.hasFlag("-execdir"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the RUN mounts a cache or tmpfs at {@code dir} or a directory above it. */
  static boolean mounted(Run run, String dir) {
    for (Mount mount : run.mounts()) {
      if ((mount.type().equals("cache") || mount.type().equals("tmpfs"))
          && mount.target().filter(t -> covers(t, dir)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether an {@code rm} operand deletes {@code dir} or every file in it. */
  private static boolean deletes(Word operand, String dir) {
    if (!operand.isLiteral()) {
      return false;
    }
    String path = operand.value();
    // a glob over the directory's entries, such as /var/lib/apt/lists/*_*
    return covers(path, dir) || path.startsWith(dir + "/") && path.indexOf('*') > dir.length();
  }

  /**
   * Whether {@code path} is {@code dir}, a directory above it, or all the entries of one of those
   * ({@code /var/lib/apt/lists/*}, {@code /var/lib/apt/}).
   */
  static boolean covers(String path, String dir) {
    String p = path;
    while (p.endsWith("/*") || p.endsWith("/") && p.length() > 1) {
      p = p.endsWith("/*") ? p.substring(0, p.length() - 2) : p.substring(0, p.length() - 1);
    }
    if (p.isEmpty() || p.equals("/") || !p.startsWith("/")) {
      return false;
    }
    return dir.equals(p) || dir.startsWith(p + "/");
  }
}
