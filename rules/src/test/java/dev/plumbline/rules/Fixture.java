package dev.plumbline.rules;

import dev.plumbline.core.docker.DockerfileParser;
import dev.plumbline.core.rule.docs.FixtureExample;
import dev.plumbline.core.source.Comment;
import dev.plumbline.core.source.CommentScanner;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A fixture file: {@code testdata/fixtures/<platform>/<RULE-ID>/(bad|good)-*.<ext>}. The rule
 * under test is enabled even when it is off by default. Companion files beside a fixture (a
 * {@code .dockerignore}) are not fixtures.
 */
record Fixture(Path path, String platform, String ruleId, boolean bad, FileKind kind) {

  static List<Fixture> all() {
    Path root = TestData.testdata().resolve("fixtures");
    List<Fixture> fixtures = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).sorted().forEach(file -> {
        Path relative = root.relativize(file);
        if (relative.getNameCount() != 3) {
          throw new IllegalStateException("fixture not at <platform>/<ID>/<file>: " + relative);
        }
        String platform = relative.getName(0).toString();
        String name = file.getFileName().toString();
        if (FixtureExample.isCompanion(name)) {
          return; // read by the engine beside its fixture, not a fixture itself
        }
        if (!name.startsWith("bad-") && !name.startsWith("good-")) {
          throw new IllegalStateException("fixture name must start with bad- or good-: " + relative);
        }
        fixtures.add(new Fixture(file, platform, relative.getName(1).toString(),
            name.startsWith("bad-"), kindOf(platform, name)));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fixtures;
  }

  private static FileKind kindOf(String platform, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (platform.equals("secrets")) {
      return secretsKindOf(lower);
    }
    // the suppression rules apply to every platform; their fixtures say which by their name
    // script rules are tested through GitHub run: steps
    if (platform.equals("github") || (platform.equals("plumbline") || platform.equals("script"))
        && lower.endsWith(".yml")) {
      return lower.endsWith("action.yml") || lower.endsWith("action.yaml")
          ? FileKind.GITHUB_ACTION : FileKind.GITHUB_WORKFLOW;
    }
    if (platform.equals("gitlab")) {
      return FileKind.GITLAB_CI;
    }
    if (platform.equals("docker") || platform.equals("plumbline") && lower.contains("dockerfile")) {
      return FileKind.DOCKERFILE;
    }
    if (platform.equals("kubernetes")) {
      return FileKind.KUBERNETES;
    }
    if (platform.equals("terraform") || platform.equals("plumbline")
        && (lower.endsWith(".tf") || lower.endsWith(".tfvars"))) {
      return lower.endsWith(".tfvars") || lower.endsWith(".tfvars.json")
          ? FileKind.TERRAFORM_VARIABLES : FileKind.TERRAFORM;
    }
    throw new IllegalStateException("unknown fixture platform directory: " + platform);
  }

  /**
   * The text rules apply to every kind of file; their fixtures say which by their name:
   * {@code .gitlab-ci.yml}, {@code Dockerfile}, {@code .tf}, {@code .tfvars}, a {@code manifest}
   * YAML file, {@code action.yml}, else a workflow.
   */
  private static FileKind secretsKindOf(String lower) {
    if (lower.endsWith(".gitlab-ci.yml")) {
      return FileKind.GITLAB_CI;
    }
    if (lower.contains("dockerfile")) {
      return FileKind.DOCKERFILE;
    }
    if (lower.endsWith(".tf")) {
      return FileKind.TERRAFORM;
    }
    if (lower.endsWith(".tfvars")) {
      return FileKind.TERRAFORM_VARIABLES;
    }
    if (lower.contains("manifest")) {
      return FileKind.KUBERNETES;
    }
    return lower.endsWith("action.yml") ? FileKind.GITHUB_ACTION : FileKind.GITHUB_WORKFLOW;
  }

  /**
   * The comments that hold the fixture's expectations. In a Dockerfile only comment lines are
   * comments (a {@code #} after an instruction is one of its arguments), so markers there are
   * {@code # expect-next-line:} lines read by the Dockerfile parser.
   */
  List<Comment> comments(SourceFile file) {
    return kind == FileKind.DOCKERFILE ? DockerfileParser.parse(file).comments()
        : CommentScanner.scan(file);
  }

  SourceFile read() {
    try {
      String display = TestData.projectRoot().relativize(path).toString().replace('\\', '/');
      return SourceFile.decode(display, Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return platform + "/" + ruleId + "/" + path.getFileName();
  }
}
