package dev.plumbline.bench;

import dev.plumbline.core.expr.ExprSyntaxException;
import dev.plumbline.core.expr.ExpressionParser;
import dev.plumbline.core.expr.TemplateExpression;
import dev.plumbline.core.expr.Templates;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlDocument;
import dev.plumbline.core.yaml.YamlWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The GitHub expression parser alone, on one thread, over every closed {@code ${{ }}} of the
 * corpus's workflows and composite actions, in any value (a {@code run:} script included). The
 * expressions are found beforehand, so that only the parsing is timed; those that do not parse
 * are timed too, up to the error.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExpressionParseBenchmark {

  private List<String> texts;
  private int[] offsets;

  @Setup
  public void extract() {
    List<TemplateExpression> found = new ArrayList<>();
    for (SourceFile file : CorpusFiles.load(
        Set.of("github-actions", "github-actions-starter", "github-actions-composite"))) {
      for (YamlDocument document : Parsers.GITHUB.parse(file).documents()) {
        YamlWalker.scalars(document.root(), scalar -> Templates.find(scalar.value()).stream()
            .filter(TemplateExpression::terminated).forEach(found::add));
      }
    }
    texts = found.stream().map(TemplateExpression::inner).toList();
    offsets = found.stream().mapToInt(TemplateExpression::innerStart).toArray();
    System.out.println("ExpressionParseBenchmark: " + texts.size() + " expressions, "
        + found.stream().filter(t -> t.error().isPresent()).count() + " of them invalid");
  }

  @Benchmark
  public void parse(Blackhole sink) {
    for (int i = 0; i < texts.size(); i++) {
      try {
        sink.consume(ExpressionParser.parse(texts.get(i), offsets[i]));
      } catch (ExprSyntaxException e) {
        sink.consume(e);
      }
    }
  }
}
