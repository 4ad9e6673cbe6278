package dev.plumbline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files of the shared real-world corpus, read into memory once so that benchmarks measure
 * Plumbline and not the disk. The corpus is {@code -Dplumbline.corpus=DIR}, by default
 * {@code ../shared/corpus} from the working directory.
 */
final class CorpusFiles {

  private CorpusFiles() {}

  static Path root() {
    Path root = Path.of(System.getProperty("plumbline.corpus", "../shared/corpus"));
    if (!Files.isRegularFile(root.resolve("manifest.jsonl"))) {
      throw new IllegalStateException("no corpus at " + root.toAbsolutePath()
          + "; pass -Dplumbline.corpus=DIR (a directory holding manifest.jsonl)");
    }
    return root;
  }

  /** An engine with every default rule, linting on the calling thread, as benchmarks need. */
  static Engine defaultEngine() {
    return new Engine(RuleSet.defaults(RuleRegistry.load()),
        new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES));
  }

  /** Every file of the manifest whose {@code kind} is one of {@code kinds}, in manifest order. */
  static List<SourceFile> load(Set<String> kinds) {
    Path root = root();
    ObjectMapper mapper = new ObjectMapper();
    List<SourceFile> files = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(root.resolve("manifest.jsonl"))) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode entry = mapper.readTree(line);
        if (kinds.contains(entry.path("kind").asText())) {
          String path = entry.path("path").asText();
          files.add(SourceFile.decode(path, Files.readAllBytes(root.resolve(path))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("the corpus has no files of kinds " + kinds);
    }
    return files;
  }
}
