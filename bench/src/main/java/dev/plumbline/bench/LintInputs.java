package dev.plumbline.bench;

import dev.plumbline.core.engine.Classifier;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.LintedFile;
import dev.plumbline.core.engine.SourceReader;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.source.FileKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What a lint of some discovered files reads and parses, learnt from one run of the engine: the
 * files it reads (those the classifier names, and those a linter claims, such as the files a
 * {@code .gitlab-ci.yml} includes), each with the kind it lints the file as. {@link #readAndParse}
 * then does what such a lint does before modelling: read each file from disk as the engine
 * reads it and parse it with its platform's parser, nothing else.
 *
 * <p>Kubernetes candidates the engine declines (YAML without {@code apiVersion} and {@code kind},
 * Helm templates, Kustomize files) are read but not parsed: the engine declines many of them
 * from a glance at the text. Parsing alone is so a lower bound of the parsing in a lint, and a
 * ratio of the two errs against the lint.
 */
final class LintInputs {

  /**
   * One file the lint reads.
   *
   * @param kind what the lint parses it as; empty when the engine declines it
   */
  record Input(DiscoveredFile file, Optional<FileKind> kind) {}

  private final List<Input> inputs;
  private final SourceReader reader = new SourceReader(EngineOptions.DEFAULT_MAX_FILE_BYTES);

  private LintInputs(List<Input> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  /** Lints {@code files} once with every default rule, and keeps what the lint read. */
  static LintInputs of(List<DiscoveredFile> files) {
    LintResult result = CorpusFiles.defaultEngine().run(files, List.of());
    Map<String, FileKind> linted = new HashMap<>();
    for (LintedFile file : result.files()) {
      linted.put(file.path(), file.kind());
    }
    List<Input> inputs = new ArrayList<>();
    for (DiscoveredFile file : files) {
      Optional<FileKind> kind = Optional.ofNullable(linted.get(file.displayPath()));
      if (kind.isPresent() || Classifier.classify(file.contextPath()).isPresent()) {
        inputs.add(new Input(file, kind));
      }
    }
    return new LintInputs(inputs);
  }

  /** Reads every file and parses those the lint parses; hands the trees to {@code sink}. */
  void readAndParse(Blackhole sink) {
    for (Input input : inputs) {
      SourceReader.Result read = reader.read(input.file().path(), input.file().displayPath());
      if (read instanceof SourceReader.Text text && input.kind().isPresent()) {
        sink.consume(Parsers.parse(text.file(), input.kind().get()));
      } else {
        sink.consume(read);
      }
    }
  }

  /** For the record of a run: the files read, and how many are parsed as each kind. */
  String summary() {
    Map<FileKind, Integer> parsed = new EnumMap<>(FileKind.class);
    inputs.forEach(i -> i.kind().ifPresent(k -> parsed.merge(k, 1, Integer::sum)));
    return inputs.size() + " files read, parsed as " + parsed;
  }
}
