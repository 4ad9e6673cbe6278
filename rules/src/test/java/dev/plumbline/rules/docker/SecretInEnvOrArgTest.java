package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings about credentials and URLs never repeat the secret. */
class SecretInEnvOrArgTest {

  private static List<Finding> lint(String text) {
    Engine engine = new Engine(RuleSet.defaults(RuleRegistry.load()),
        new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES));
    return engine.lint(SourceFile.of("Dockerfile", text), FileKind.DOCKERFILE).findings();
  }

  @Test
  void messagesAndHintsNameTheVariableButNeverItsValue() {
    List<Finding> findings = lint("""
        FROM scratch
        ARG API_TOKEN=tok-7f3a9c
        ENV DB_PASSWORD=hunter2 \\
            SIGNING_KEY="k3y-material"
        ENV ADMIN_PASSWORD p4ss word
        ONBUILD ENV JWT_SECRET=jwt-s3cr3t
        ADD https://deploy:s3cr3t@example.com/a.bin /a.bin
        """);
    assertThat(findings).filteredOn(f -> f.ruleId().equals("DKR023")).extracting(Finding::message)
        .hasSize(5).anyMatch(m -> m.contains("'API_TOKEN'"))
        .anyMatch(m -> m.contains("'DB_PASSWORD'")).anyMatch(m -> m.contains("'SIGNING_KEY'"))
        .anyMatch(m -> m.contains("'ADMIN_PASSWORD'")).anyMatch(m -> m.contains("'JWT_SECRET'"));
    assertThat(findings).filteredOn(f -> f.ruleId().equals("DKR006")).hasSize(1);
    for (Finding f : findings) {
      String text = f.message() + " " + f.hint().orElse("");
      assertThat(text).doesNotContain("tok-7f3a9c", "hunter2", "k3y-material", "p4ss", "jwt-s3cr3t",
          "s3cr3t");
    }
  }
}
