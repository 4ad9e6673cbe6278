package dev.plumbline.core.model.gitlab;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.model.script.ShellOption;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A job's {@code script:}, {@code before_script:} or {@code after_script:} as one shell script:
 * the lines (nested lists from {@code !reference} flattened) joined by newlines, each offset
 * mapped back through its list item or block scalar to where it is written.
 */
final class JobScript {

  /** The runner's bash starts the job script with {@code set -eo pipefail}. */
  private static final EnumSet<ShellOption> RUNNER_OPTIONS =
      EnumSet.of(ShellOption.ERREXIT, ShellOption.PIPEFAIL);

  /** Aliased lists of aliased lists can unfold to any length: a script is cut off here. */
  private static final int MAX_LINES = 10_000;

  private JobScript() {}

  /**
   * @param fileOf where each line is written: a line that {@code !reference} brings in from
   *               another file is placed at the script's first line, in the script's file
   */
  static Optional<Written> of(YamlNode value, boolean inContainer,
      Function<YamlNode, SourceFile> fileOf) {
    List<YamlScalar> lines = new ArrayList<>();
    flatten(value, lines, 0);
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    SourceFile home = fileOf.apply(lines.get(0));
    boolean[] elsewhere = new boolean[lines.size()];
    for (int i = 1; i < lines.size(); i++) {
      elsewhere[i] = fileOf.apply(lines.get(i)) != home;
    }
    StringBuilder text = new StringBuilder();
    int[] starts = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        text.append('\n');
      }
      starts[i] = text.length();
      text.append(lines.get(i).value());
    }
    Script.SourceMap map = (start, end) -> span(lines, starts, elsewhere, start, end);
    return Optional.of(new Written(new Script(text.toString(), ShellKind.BASH, RUNNER_OPTIONS,
        Script.Origin.GITLAB_SCRIPT, map, inContainer, List.of()), home, lines.get(0)));
  }

  /**
   * A script, the file of its first line, where all its positions lie, and that first line: a
   * node of that file to report script findings at.
   */
  record Written(Script script, SourceFile file, YamlScalar firstLine) {}

  private static void flatten(YamlNode node, List<YamlScalar> lines, int depth) {
    if (lines.size() >= MAX_LINES) {
      return;
    }
    if (node instanceof YamlScalar s && !s.isNull()) {
      lines.add(s);
    } else if (node instanceof YamlSequence seq && depth < 10) {
      for (YamlNode item : seq.items()) {
        flatten(item, lines, depth + 1);
      }
    }
  }

  private static Span span(List<YamlScalar> lines, int[] starts, boolean[] elsewhere, int start,
      int end) {
    int first = lineAt(starts, start);
    int last = lineAt(starts, Math.max(start, end - 1));
    if (elsewhere[first] || elsewhere[last]) {
      return Span.at(lines.get(0).span().start());
    }
    Span from = local(lines.get(first), starts[first], start, end);
    if (last == first) {
      return from;
    }
    Span to = local(lines.get(last), starts[last], starts[last], end);
    // lines written apart (anchors, references) are not one region of the file
    return to.start().offset() >= from.end().offset() ? from.union(to) : from;
  }

  private static Span local(YamlScalar line, int lineStart, int start, int end) {
    int length = line.value().length();
    int from = Math.min(Math.max(0, start - lineStart), length);
    int to = Math.min(Math.max(from, end - lineStart), length);
    return line.spanOf(from, to);
  }

  private static int lineAt(int[] starts, int offset) {
    int i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= offset) {
      i++;
    }
    return i;
  }
}
