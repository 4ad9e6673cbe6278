package dev.plumbline.rules.score;

import dev.plumbline.core.score.Fact;
import dev.plumbline.core.score.FactKind;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Where the readers put facts; safe for the run's threads, sorted when read. */
final class FactSink {

  private final List<Fact> facts = new ArrayList<>();

  /** A fact at the start of {@code span} in the file {@code path}. */
  void add(FactKind kind, String path, Span span, String note) {
    Fact fact = new Fact(kind, path, span.start().line(), span.start().column(), note);
    synchronized (facts) {
      facts.add(fact);
    }
  }

  /** Everything added, without repeats, in {@link Fact#ORDER}. */
  List<Fact> sorted() {
    synchronized (facts) {
      return facts.stream().distinct().sorted(Fact.ORDER).toList();
    }
  }
}
