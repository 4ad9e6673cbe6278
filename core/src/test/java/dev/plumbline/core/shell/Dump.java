package dev.plumbline.core.shell;

import java.util.stream.Collectors;

/**
 * A compact text form of a lexed script for assertions: commands in brackets with their word
 * values, operators between, compound commands by kind, substitutions with their bodies.
 */
final class Dump {

  private Dump() {}

  static String of(String script) {
    ShellScript parsed = ShellScript.parse(script);
    if (parsed.degraded()) {
      throw new AssertionError("lexer failed on: " + script);
    }
    return list(parsed.body());
  }

  static String list(CommandList list) {
    StringBuilder out = new StringBuilder();
    for (Pipeline p : list.pipelines()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(pipeline(p));
      p.followingOperator().ifPresent(op -> out.append(' ').append(
          op.kind() == Operator.Kind.NEWLINE ? "NL" : op.text()));
    }
    return out.toString();
  }

  private static String pipeline(Pipeline p) {
    StringBuilder out = new StringBuilder(p.isNegated() ? "! " : "");
    for (int i = 0; i < p.stages().size(); i++) {
      if (i > 0) {
        out.append(' ').append(p.pipes().get(i - 1).text()).append(' ');
      }
      out.append(stage(p.stages().get(i)));
    }
    return out.toString();
  }

  private static String stage(Stage s) {
    if (s instanceof Command c) {
      String assignments = c.assignments().stream()
          .map(a -> a.name() + "=" + word(a.value()) + " ").collect(Collectors.joining());
      String words = c.words().stream().map(Dump::word).collect(Collectors.joining(" "));
      return "[" + assignments + words + redirections(s) + "]";
    }
    Compound c = (Compound) s;
    String words = c.words().stream().map(Dump::word).collect(Collectors.joining(" "));
    String bodies = c.bodies().stream().map(b -> "{" + list(b) + "}")
        .collect(Collectors.joining(" "));
    return c.kind() + "(" + words + (words.isEmpty() || bodies.isEmpty() ? "" : " ") + bodies
        + ")" + redirections(s);
  }

  private static String redirections(Stage s) {
    return s.redirections().stream().map(r -> " " + r.fd().stream().mapToObj(String::valueOf)
        .collect(Collectors.joining()) + r.operator() + r.target().map(Dump::word).orElse(""))
        .collect(Collectors.joining());
  }

  static String word(Word w) {
    if (w.substitutions().isEmpty()) {
      return w.value();
    }
    return w.value() + w.substitutions().stream().map(s -> "<" + list(s.body()) + ">")
        .collect(Collectors.joining());
  }
}
