package dev.plumbline.core.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Commands that run another command given in their arguments, and how to skip to it. */
final class Wrappers {

  /**
   * @param valueLetters short options whose value follows (in the same word or the next)
   * @param valueLong    long options whose value is the next word
   * @param stopFlags    options that make the wrapper not run a command ({@code command -v})
   * @param operands     operands before the command ({@code timeout DURATION}, {@code gosu USER})
   * @param assignments  whether {@code NAME=value} words may come before the command
   */
  private record Spec(String valueLetters, Set<String> valueLong, Set<String> stopFlags,
      int operands, boolean assignments) {

    static Spec plain() {
      return new Spec("", Set.of(), Set.of(), 0, false);
    }
  }

  private static final Map<String, Spec> SPECS = Map.ofEntries(
      Map.entry("sudo", new Spec("ugpCDrtUT", Set.of("--user", "--group", "--prompt",
          "--close-from", "--chdir", "--role", "--type", "--other-user", "--command-timeout",
          "--host"), Set.of("-l", "-v", "-V", "-e", "-K", "-k", "--list", "--validate", "--edit",
          "--version", "--help", "-h"), 0, true)),
      Map.entry("doas", new Spec("uC", Set.of(), Set.of("-L"), 0, false)),
      Map.entry("env", new Spec("uC", Set.of("--unset", "--chdir"),
          Set.of("-S", "--split-string", "--help", "--version"), 0, true)),
      Map.entry("nohup", Spec.plain()),
      Map.entry("exec", new Spec("a", Set.of(), Set.of(), 0, false)),
      Map.entry("command", new Spec("", Set.of(), Set.of("-v", "-V"), 0, false)),
      Map.entry("builtin", Spec.plain()),
      Map.entry("time", new Spec("fo", Set.of("--format", "--output"), Set.of(), 0, false)),
      Map.entry("nice", new Spec("n", Set.of("--adjustment"), Set.of(), 0, false)),
      Map.entry("ionice", new Spec("cnp", Set.of(), Set.of(), 0, false)),
      Map.entry("timeout", new Spec("sk", Set.of("--signal", "--kill-after"), Set.of(), 1, false)),
      Map.entry("stdbuf", new Spec("ioe", Set.of("--input", "--output", "--error"), Set.of(), 0,
          false)),
      Map.entry("setsid", Spec.plain()),
      Map.entry("chronic", Spec.plain()),
      Map.entry("unbuffer", Spec.plain()),
      Map.entry("eatmydata", Spec.plain()),
      Map.entry("fakeroot", Spec.plain()),
      Map.entry("gosu", new Spec("", Set.of(), Set.of(), 1, false)),
      Map.entry("su-exec", new Spec("", Set.of(), Set.of(), 1, false)));

  /** Wrappers inside wrappers are followed this far. */
  private static final int MAX_LEVELS = 8;

  private Wrappers() {}

  /**
   * The index in {@code words} of the command that finally runs, or 0 if the first word is not
   * a wrapper that names one. Assignments given to {@code env} or {@code sudo} are added to
   * {@code assignments}.
   */
  static int unwrap(List<Word> words, List<Assignment> assignments) {
    int index = 0;
    for (int level = 0; level < MAX_LEVELS && index < words.size(); level++) {
      int next = skip(words, index, assignments);
      if (next < 0) {
        break;
      }
      index = next;
    }
    return index;
  }

  private static int skip(List<Word> words, int nameIndex, List<Assignment> assignments) {
    String name = words.get(nameIndex).value();
    Spec spec = SPECS.get(name.substring(name.lastIndexOf('/') + 1));
    if (spec == null) {
      return -1;
    }
    int i = nameIndex + 1;
    while (i < words.size()) {
      Word w = words.get(i);
      String v = w.value();
      if (v.equals("--")) {
        i++;
        break;
      }
      Optional<Assignment> assignment = spec.assignments() ? Assignment.parse(w) : Optional.empty();
      if (assignment.isPresent()) {
        assignments.add(assignment.get());
        i++;
      } else if (v.length() > 1 && v.startsWith("-")) {
        if (spec.stopFlags().contains(v)) {
          return -1;
        }
        i += takesNextWord(spec, v) ? 2 : 1;
      } else {
        break;
      }
    }
    i += spec.operands();
    return i < words.size() ? i : -1;
  }

  /** Whether the option's value is the next word: {@code -u root}, {@code -Eu root}, {@code
   *  --user root}, but not {@code -uroot} or {@code --user=root}. */
  private static boolean takesNextWord(Spec spec, String option) {
    if (option.startsWith("--")) {
      return spec.valueLong().contains(option);
    }
    for (int i = 1; i < option.length(); i++) {
      if (spec.valueLetters().indexOf(option.charAt(i)) >= 0) {
        return i == option.length() - 1;
      }
    }
    return false;
  }
}
