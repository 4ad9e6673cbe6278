package dev.plumbline.core.model.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreAnnotationTest {

  private static final String PREFIX = "    plumbline.dev/ignore: \"";

  /** The file the annotation is in: one line holding it. */
  private SourceFile file;

  private List<Directive> parse(String value) {
    String text = PREFIX + value + "\"\n";
    file = SourceFile.of("pod.yaml", text);
    int valueStart = PREFIX.length();
    return IgnoreAnnotation.parse(value,
        (start, end) -> file.span(valueStart + start, valueStart + end), object());
  }

  private Span object() {
    return file.span(0, file.text().length());
  }

  @Test
  void eachEntryIsADirectiveWithItsOwnReasonOverTheObject() {
    List<Directive> directives = parse("K8S003: needs host network; K8S011");
    assertThat(directives).hasSize(2);
    Directive first = directives.get(0);
    assertThat(first.origin()).isEqualTo(Directive.Origin.ANNOTATION);
    assertThat(first.rules()).extracting(Directive.RuleRef::text).containsExactly("K8S003");
    assertThat(file.text(first.rules().get(0).span())).isEqualTo("K8S003");
    assertThat(first.reason()).isEqualTo("needs host network");
    assertThat(file.text(first.span())).isEqualTo("K8S003: needs host network");
    assertThat(first.scope()).isEqualTo(new Directive.InRegion(object()));

    Directive second = directives.get(1);
    assertThat(file.text(second.rules().get(0).span())).isEqualTo("K8S011");
    assertThat(second.reason()).isEmpty();
    assertThat(second.problem()).isEmpty();
  }

  @Test
  void namesWorkAndEmptyEntriesAreSkipped() {
    List<Directive> directives = parse(" run-as-root : sidecar ;; ");
    assertThat(directives).singleElement().satisfies(d -> {
      assertThat(d.rules()).extracting(Directive.RuleRef::text).containsExactly("run-as-root");
      assertThat(d.reason()).isEqualTo("sidecar");
    });
  }

  @Test
  void anEntryThatIsNotARuleIsKeptWithAProblem() {
    List<Directive> directives = parse("K8S003 K8S011: two rules without a separator; : x");
    assertThat(directives).hasSize(2).allSatisfy(d -> {
      assertThat(d.problem()).isPresent();
      assertThat(d.rules()).isEmpty();
    });
    assertThat(directives.get(0).problem().get()).contains("'K8S003 K8S011'");
    assertThat(directives.get(1).problem().get()).contains("missing");
  }

  @Test
  void aRegionCoversFindingsThatStartInsideIt() {
    SourceFile file = SourceFile.of("two.yaml", "a: 1\n---\nb: 2\n");
    Directive.Scope second = new Directive.InRegion(file.span(9, 14));
    assertThat(second.covers(file.span(9, 10))).isTrue();
    assertThat(second.covers(file.span(0, 1))).isFalse();
  }
}
