package dev.plumbline.core.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what a list holds at any depth: bodies, substitutions, redirection targets. */
final class Walker {

  private final List<Command> commands = new ArrayList<>();
  private final List<Pipeline> pipelines = new ArrayList<>();
  private final List<Compound> compounds = new ArrayList<>();
  private final List<CommandList> lists = new ArrayList<>();

  private Walker() {}

  static Walker walk(CommandList list) {
    Walker w = new Walker();
    w.list(list);
    Comparator<ShellNode> byStart = Comparator.comparingInt(ShellNode::start);
    w.commands.sort(byStart);
    w.pipelines.sort(byStart);
    w.compounds.sort(byStart);
    w.lists.sort(byStart);
    return w;
  }

  List<Command> commands() {
    return commands;
  }

  List<Pipeline> pipelines() {
    return pipelines;
  }

  List<Compound> compounds() {
    return compounds;
  }

  List<CommandList> lists() {
    return lists;
  }

  private void list(CommandList list) {
    lists.add(list);
    for (Pipeline p : list.pipelines()) {
      pipelines.add(p);
      for (Stage s : p.stages()) {
        if (s instanceof Command c) {
          command(c);
        } else if (s instanceof Compound c) {
          compound(c);
        }
      }
    }
  }

  private void command(Command c) {
    commands.add(c);
    for (Assignment a : c.assignments()) {
      word(a.word());
    }
    c.words().forEach(this::word);
    redirections(c.redirections());
  }

  private void compound(Compound c) {
    compounds.add(c);
    c.words().forEach(this::word);
    c.bodies().forEach(this::list);
    redirections(c.redirections());
  }

  private void redirections(List<Redirection> redirections) {
    for (Redirection r : redirections) {
      r.target().ifPresent(this::word);
    }
  }

  private void word(Word w) {
    for (Substitution s : w.substitutions()) {
      list(s.body());
    }
  }
}
