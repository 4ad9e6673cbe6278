package dev.plumbline.core.rule.tool;

import java.util.List;
import java.util.Objects;

/**
 * How to run ShellCheck, as the user configured it. The engine checks the values and reports a
 * notification for one it cannot use.
 *
 * @param executable   the program: empty to look for {@code shellcheck} on {@code PATH}, a name
 *                     to look up on {@code PATH}, or an absolute path; its file name must start
 *                     with {@code shellcheck}
 * @param exclude      codes not to report, {@code SC2086} or {@code 2086}
 * @param minimumLevel the least level reported: {@code error}, {@code warning}, {@code info} or
 *                     {@code style}
 */
public record ShellcheckSettings(String executable, List<String> exclude, String minimumLevel) {

  public ShellcheckSettings {
    Objects.requireNonNull(executable, "executable");
    exclude = List.copyOf(exclude);
    Objects.requireNonNull(minimumLevel, "minimumLevel");
  }
}
