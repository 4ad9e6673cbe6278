package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Instruction;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.ProjectView;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyContextWithoutDockerignoreTest {

  private static final String COPY_ALL = "FROM scratch\nCOPY . /app\n";

  /** The messages the rule reports for a file, given what the project view says. */
  private static List<String> run(String path, String text,
      Map<String, ProjectView.Presence> files) {
    List<String> messages = new ArrayList<>();
    ProjectView view = name -> files.getOrDefault(name, ProjectView.Presence.ABSENT);
    SourceFile file = SourceFile.of(path, text);
    RuleContext ctx = new RuleContext() {
      @Override
      public SourceFile file() {
        return file;
      }

      @Override
      public ProjectView project() {
        return view;
      }

      @Override
      public void report(Span span, String message, String hint) {
        messages.add(message);
      }

      @Override
      public void report(Severity severity, Span span, String message, String hint) {
        messages.add(message);
      }
    };
    CopyContextWithoutDockerignore rule = new CopyContextWithoutDockerignore();
    for (Instruction instruction : Dockerfile.parse(file).instructions()) {
      rule.visitInstruction(instruction, ctx);
    }
    return messages;
  }

  @Test
  void reportsOnlyWhenBothIgnoreFilesAreKnownToBeAbsent() {
    assertThat(run("svc/Dockerfile", COPY_ALL, Map.of())).hasSize(1);
    assertThat(run("svc/Dockerfile", COPY_ALL,
        Map.of(".dockerignore", ProjectView.Presence.PRESENT))).isEmpty();
    assertThat(run("svc/api.Dockerfile", COPY_ALL,
        Map.of("api.Dockerfile.dockerignore", ProjectView.Presence.PRESENT))).isEmpty();
    assertThat(run("svc/Dockerfile", COPY_ALL,
        Map.of(".dockerignore", ProjectView.Presence.UNKNOWN))).isEmpty();
  }

  @Test
  void anotherDockerfilesIgnoreFileDoesNotCount() {
    assertThat(run("svc/api.Dockerfile", COPY_ALL,
        Map.of("Dockerfile.dockerignore", ProjectView.Presence.PRESENT))).hasSize(1);
  }

  @Test
  void oneFindingPerFile() {
    assertThat(run("Dockerfile", COPY_ALL + "COPY ./ /srv\nADD . /opt\n", Map.of()))
        .containsExactly("COPY . copies the whole build context, and there is no "
            + ".dockerignore beside the Dockerfile to keep .git, local secrets and build output "
            + "out of the image");
  }

  @Test
  void theEngineLooksBesideTheFileOnDisk(@TempDir Path dir) throws IOException {
    Engine engine = new Engine(RuleSet.defaults(RuleRegistry.load()),
        new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES));
    Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), COPY_ALL);
    SourceFile file = SourceFile.of("Dockerfile", COPY_ALL);
    assertThat(engine.lint(file, FileKind.DOCKERFILE, dockerfile).findings())
        .extracting(Finding::ruleId).containsExactly("DKR025");
    Files.writeString(dir.resolve("Dockerfile.dockerignore"), ".git\n");
    assertThat(engine.lint(file, FileKind.DOCKERFILE, dockerfile).findings()).isEmpty();
  }
}
