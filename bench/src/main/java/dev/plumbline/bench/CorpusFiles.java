package dev.plumbline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.discovery.DiscoveredFile;
import dev.plumbline.core.engine.discovery.DiscoveryResult;
import dev.plumbline.core.engine.discovery.FileDiscovery;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    return engine(1);
  }

  /**
   * An engine with every default rule, linting {@code jobs} files at a time. It runs no external
   * program: ShellCheck's rule reports nothing, so the benchmarks measure Plumbline alone.
   */
  static Engine engine(int jobs) {
    return new Engine(RuleSet.defaults(RuleRegistry.load()),
        new EngineOptions(jobs, EngineOptions.DEFAULT_MAX_FILE_BYTES));
  }

  /** Every file of the manifest whose {@code kind} is one of {@code kinds}, in manifest order. */
  static List<SourceFile> load(Set<String> kinds) {
    Path root = root();
    List<SourceFile> files = new ArrayList<>();
    try {
      for (String path : paths(kinds)) {
        files.add(SourceFile.decode(path, Files.readAllBytes(root.resolve(path))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * Every file of the manifest whose {@code kind} is one of {@code kinds}, in manifest order, as
   * discovery hands files to the engine: shown and classified by their paths in the corpus.
   */
  static List<DiscoveredFile> discovered(Set<String> kinds) {
    Path root = root().toAbsolutePath().normalize();
    return paths(kinds).stream()
        .map(path -> new DiscoveredFile(root.resolve(path), path, path, false)).toList();
  }

  /**
   * Every file under the corpus root, found as {@code plumbline check CORPUS} finds them (no
   * configuration, so no {@code exclude:}), shown relative to the corpus root.
   */
  static DiscoveryResult discoverAll() {
    Path root = root().toAbsolutePath().normalize();
    try {
      return new FileDiscovery(List.of()).discover(List.of(root), root);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paths of the manifest's files of {@code kinds}, relative to the corpus root. */
  private static List<String> paths(Set<String> kinds) {
    ObjectMapper mapper = new ObjectMapper();
    List<String> paths = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(root().resolve("manifest.jsonl"))) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode entry = mapper.readTree(line);
        if (kinds.contains(entry.path("kind").asText())) {
          paths.add(entry.path("path").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (paths.isEmpty()) {
      throw new IllegalStateException("the corpus has no files of kinds " + kinds);
    }
    return paths;
  }
}
