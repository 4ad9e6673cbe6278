package dev.plumbline.rules.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.rules.ProjectLint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UntrustedCheckoutTest {

  private static String workflow(String on, String afterCheckout) {
    return """
        on: %s
        permissions: {}
        jobs:
          build:
            runs-on: ubuntu-24.04
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
                with:
                  ref: ${{ github.event.pull_request.head.sha }}
        %s
        """.formatted(on, afterCheckout.indent(6).stripTrailing());
  }

  private static java.util.List<String> lint(String text) {
    return ProjectLint.findings("GHA005", Map.of(), ".github/workflows/pr.yml", text);
  }

  @Test
  void commandsThatRunTheProjectAfterTheCheckoutAreReported() {
    for (String run : new String[] {"- run: pip install -e .", "- run: bash ci/test.sh",
        "- run: ./gradlew check", "- run: |\n    cd app\n    yarn build",
        "- uses: ./.github/actions/build", "- uses: pre-commit/action@v3.0.1"}) {
      assertThat(lint(workflow("pull_request_target", run))).as(run).singleElement().asString()
          .startsWith(".github/workflows/pr.yml:9:16 ");
    }
  }

  @Test
  void stepsThatOnlyReadTheCheckoutAreNot() {
    for (String run : new String[] {"- run: git log -1", "- run: cat package.json",
        "- run: npm --version", "- uses: actions/upload-artifact@v4"}) {
      assertThat(lint(workflow("pull_request_target", run))).as(run).isEmpty();
    }
  }

  @Test
  void aStepBeforeTheCheckoutDoesNotCount() {
    String text = workflow("pull_request_target", "- run: echo done")
        .replace("    steps:\n", "    steps:\n      - run: make setup\n");
    assertThat(lint(text)).isEmpty();
  }

  @Test
  void unprivilegedTriggersAreNotJudged() {
    assertThat(lint(workflow("pull_request", "- run: make test"))).isEmpty();
    assertThat(lint(workflow("issue_comment", "- run: make test"))).hasSize(1);
  }
}
