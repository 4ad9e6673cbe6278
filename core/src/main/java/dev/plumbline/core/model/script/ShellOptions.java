package dev.plumbline.core.model.script;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the options Plumbline tracks from the arguments of a shell command line
 * ({@code bash --noprofile -eo pipefail {0}}, {@code SHELL ["/bin/sh", "-e", "-c"]}) or of a
 * {@code set} command ({@code set -euo pipefail}, {@code set +e}).
 */
public final class ShellOptions {

  private ShellOptions() {}

  /** The options the arguments turn on, from none. */
  public static Set<ShellOption> of(List<String> args) {
    Set<ShellOption> options = EnumSet.noneOf(ShellOption.class);
    apply(args, options);
    return options;
  }

  /**
   * Applies the arguments to {@code options}: {@code -e}/{@code +e} and {@code -o name}/
   * {@code +o name} (also inside clusters such as {@code -euxo pipefail}) turn options on and
   * off. Reading stops at the first argument that is not an option ({@code {0}}, a script, the
   * operands of {@code set --}); long options such as {@code --noprofile} are skipped.
   */
  public static void apply(List<String> args, Set<ShellOption> options) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--") || arg.length() < 2) {
        return;
      }
      if (arg.startsWith("--")) {
        continue;
      }
      char sign = arg.charAt(0);
      if (sign != '-' && sign != '+') {
        return;
      }
      boolean on = sign == '-';
      for (int j = 1; j < arg.length(); j++) {
        char c = arg.charAt(j);
        if (c == 'e') {
          set(options, ShellOption.ERREXIT, on);
        } else if (c == 'o' && i + 1 < args.size()) {
          i++;
          switch (args.get(i)) {
            case "errexit" -> set(options, ShellOption.ERREXIT, on);
            case "pipefail" -> set(options, ShellOption.PIPEFAIL, on);
            default -> {
            }
          }
        }
      }
    }
  }

  private static void set(Set<ShellOption> options, ShellOption option, boolean on) {
    if (on) {
      options.add(option);
    } else {
      options.remove(option);
    }
  }
}
