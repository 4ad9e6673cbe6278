package dev.plumbline.rules.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.rules.ProjectLint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeprecatedWorkflowCommandTest {

  private static List<String> findings(String actionYaml) {
    return ProjectLint.findings("GHA024", Map.of(), ".github/actions/setup/action.yml",
        actionYaml);
  }

  @Test
  void findsCommandsInCompositeActionStepsWithTheirShell() {
    List<String> found = findings("""
        name: setup
        description: sets up
        runs:
          using: composite
          steps:
            - shell: bash
              run: |
                echo "::save-state name=pid::$$"
                VERSION=$(echo "::set-output name=v::1" | cut -d: -f5)
            - shell: cmd
              run: echo ::set-output name=v::1
            - shell: python
              run: print("::set-output name=v::1")
            - shell: sh
              run: printf '%s\\n' "::set-output name=v::1" >&2
        """);
    // cmd and Python are not read; output captured by $(...) never reaches the log
    assertThat(found).hasSize(2);
    assertThat(found.get(0)).startsWith(".github/actions/setup/action.yml:8:15 '::save-state'");
    assertThat(found.get(1)).startsWith(".github/actions/setup/action.yml:15:27 '::set-output'");
  }

  @Test
  void judgesReleasesByMajorVersion() {
    String workflow = """
        on: push
        jobs:
          test:
            runs-on: ubuntu-24.04
            steps:
              - uses: actions/checkout@v3.1.0
              - uses: actions/checkout@v2
              - uses: actions/checkout@main
              - uses: actions/upload-artifact@v3
              - uses: actions/cache/save@v2
        """;
    assertThat(ProjectLint.findings("GHA024", Map.of(), ".github/workflows/ci.yml", workflow))
        .extracting(f -> f.substring(0, f.indexOf(' ')))
        .containsExactly(".github/workflows/ci.yml:7:32", ".github/workflows/ci.yml:9:39");
  }
}
