package dev.plumbline.rules.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.rules.ProjectLint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UntrustedInputToActionTest {

  private static final String WORKFLOW = """
      on: issues
      permissions: {}
      jobs:
        triage:
          runs-on: ubuntu-24.04
          steps:
            - uses: ./.github/actions/greet
              with:
                who: ${{ github.event.issue.title }}
                number: ${{ github.event.issue.title }}
      """;

  @Test
  void inputsALocalCompositeActionExpandsInRunAreCode() {
    String action = """
        name: greet
        inputs:
          who: {required: true}
          number: {required: true}
        runs:
          using: composite
          steps:
            - run: echo "Hello ${{ inputs.who }}"
              shell: bash
            - run: test "${{ inputs.number == '' }}" = false
              shell: bash
        """;

    assertThat(ProjectLint.findings("GHA030", Map.of(), ".github/workflows/ci.yml", WORKFLOW,
        ".github/actions/greet/action.yml", action))
        .singleElement().asString()
        .startsWith(".github/workflows/ci.yml:9:16 'github.event.issue.title'")
        .contains("./.github/actions/greet runs its input 'who' as part of the shell script");
  }

  @Test
  void inputsOnlyReadThroughTheEnvironmentAreData() {
    String action = """
        name: greet
        inputs:
          who: {required: true}
        runs:
          using: composite
          steps:
            - run: echo "Hello $WHO"
              shell: bash
              env:
                WHO: ${{ inputs.who }}
        """;

    assertThat(ProjectLint.findings("GHA030", Map.of(), ".github/workflows/ci.yml", WORKFLOW,
        ".github/actions/greet/action.yml", action)).isEmpty();
  }

  @Test
  void anUnknownLocalActionIsNotJudged() {
    assertThat(ProjectLint.findings("GHA030", Map.of(), ".github/workflows/ci.yml", WORKFLOW))
        .isEmpty();
  }
}
