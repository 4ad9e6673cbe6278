package dev.plumbline.rules.docker;

import dev.plumbline.core.model.docker.CommandLine;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The program a CMD or ENTRYPOINT starts, for messages: {@code node} of
 * {@code exec node app.js}.
 */
final class StartProgram {

  private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

  private StartProgram() {}

  /**
   * The first exec-form string; in shell form the first word that is neither {@code exec} nor a
   * {@code NAME=value} assignment, without its quotes.
   */
  static Optional<String> of(CommandLine command) {
    if (command.isExecForm()) {
      return command.program().filter(p -> !p.isBlank());
    }
    String text = command.shellForm().map(w -> w.text().strip()).orElse("");
    if (text.startsWith("[")) {
      return Optional.empty(); // a broken JSON array: no telling what it starts
    }
    for (String word : text.split("\\s+")) {
      if (word.isEmpty() || word.equals("exec") || ASSIGNMENT.matcher(word).matches()) {
        continue;
      }
      String unquoted = word.replaceAll("^[\"']|[\"']$", "");
      return unquoted.isEmpty() ? Optional.empty() : Optional.of(unquoted);
    }
    return Optional.empty();
  }
}
