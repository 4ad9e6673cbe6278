package dev.plumbline.rules.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Engine;
import dev.plumbline.core.engine.EngineOptions;
import dev.plumbline.core.engine.RuleSet;
import dev.plumbline.core.engine.external.Toolbox;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Fix;
import dev.plumbline.core.rule.FixApplier;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the fixes of GHA004, GHA006 and GHA007 write, and when they are safe. */
class GitHubFixesTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.load();

  /** The first fix of the rule's first finding, if any. */
  private static Optional<Fix> fix(String ruleId, String workflow) {
    Engine engine = new Engine(RuleSet.defaults(REGISTRY, List.of(ruleId)),
        new EngineOptions(1, EngineOptions.DEFAULT_MAX_FILE_BYTES), Toolbox.none());
    List<Finding> findings = engine.lint(SourceFile.of(".github/workflows/ci.yml", workflow),
        FileKind.GITHUB_WORKFLOW).findings().stream()
        .filter(f -> f.ruleId().equals(ruleId)).toList();
    assertThat(findings).as("%s findings", ruleId).isNotEmpty();
    return findings.get(0).fixes().stream().findFirst();
  }

  private static String applied(String workflow, Fix fix) {
    return FixApplier.apply(workflow, List.of(fix)).text();
  }

  private static String steps(String steps) {
    return """
        on: pull_request
        permissions: {}
        jobs:
          test:
            runs-on: ubuntu-24.04
            steps:
        """ + steps;
  }

  @Test
  void injectionInDoubleQuotesBecomesABracedVariableSafely() {
    String workflow = steps("""
              - name: greet
                run: echo "Hello ${{ github.head_ref }}_x"
        """);
    Fix fix = fix("GHA004", workflow).orElseThrow();
    assertThat(fix.safe()).isTrue();
    assertThat(applied(workflow, fix)).endsWith("""
              - name: greet
                env:
                  HEAD_REF: ${{ github.head_ref }}
                run: echo "Hello ${HEAD_REF}_x"
        """);
  }

  @Test
  void injectionUnquotedOrSingleQuotedIsForReview() {
    String unquoted = steps("      - run: git checkout ${{ github.head_ref }}\n");
    Fix fix = fix("GHA004", unquoted).orElseThrow();
    assertThat(fix.safe()).isFalse();
    assertThat(applied(unquoted, fix)).endsWith("""
              - env:
                  HEAD_REF: ${{ github.head_ref }}
                run: git checkout "$HEAD_REF"
        """);
    String single = steps("      - run: echo 'ref ${{ github.head_ref }}'\n");
    Fix quoted = fix("GHA004", single).orElseThrow();
    assertThat(quoted.safe()).isFalse();
    assertThat(applied(single, quoted)).endsWith("run: echo 'ref '\"$HEAD_REF\"''\n");
  }

  @Test
  void injectionFixJoinsAnExistingEnvAndAvoidsTakenNames() {
    String workflow = steps("""
              - run: echo "$HEAD_REF ${{ github.head_ref }}"
                env:
                  OTHER: x
        """);
    Fix fix = fix("GHA004", workflow).orElseThrow();
    assertThat(applied(workflow, fix)).endsWith("""
              - run: echo "$HEAD_REF ${HEAD_REF_2}"
                env:
                  HEAD_REF_2: ${{ github.head_ref }}
                  OTHER: x
        """);
  }

  @Test
  void injectionIsNotSafeOnWindowsOrInPowerShellAndHasNoFixAfterSubstitution() {
    String windows = steps("      - run: echo \"${{ github.head_ref }}\"\n")
        .replace("ubuntu-24.04", "windows-latest");
    assertThat(fix("GHA004", windows).orElseThrow().safe()).isFalse();
    String pwsh = steps("      - run: echo \"${{ github.head_ref }}\"\n        shell: pwsh\n");
    assertThat(fix("GHA004", pwsh).orElseThrow().safe()).isFalse();
    String substituted = steps("      - run: echo \"$(echo ${{ github.head_ref }})\"\n");
    assertThat(fix("GHA004", substituted)).isEmpty();
    String yamlQuoted = steps("      - run: \"echo ${{ github.head_ref }}\"\n");
    assertThat(fix("GHA004", yamlQuoted)).isEmpty();
  }

  @Test
  void checkoutGetsTheInputUnderANewOrExistingWith() {
    String bare = steps("""
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
              - run: make
        """);
    Fix fix = fix("GHA007", bare).orElseThrow();
    assertThat(fix.safe()).isTrue();
    assertThat(applied(bare, fix)).contains("""
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: make
        """);
    String with = steps("""
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:   # inputs
                    fetch-depth: 0
              - run: make
        """);
    assertThat(applied(with, fix("GHA007", with).orElseThrow())).contains("""
                with:   # inputs
                    persist-credentials: false
                    fetch-depth: 0
        """);
  }

  @Test
  void checkoutFixIsForReviewWhenALaterStepRunsGitOrTheValueWasExplicit() {
    String pushing = steps("""
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
              - run: make && git push
        """);
    assertThat(fix("GHA007", pushing).orElseThrow().safe()).isFalse();
    String committing = steps("""
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
              - uses: stefanzweifel/git-auto-commit-action@8621497c8c39c72f3e2a999a26b4ca1b5058a842
        """);
    assertThat(fix("GHA007", committing).orElseThrow().safe()).isFalse();
    String explicit = steps("""
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: true
              - run: make
        """);
    Fix fix = fix("GHA007", explicit).orElseThrow();
    assertThat(fix.safe()).isFalse();
    assertThat(applied(explicit, fix)).contains("persist-credentials: false\n");
  }

  @Test
  void readOnlyPermissionsAreSafeOnlyForAWorkflowThatObviouslyOnlyReads() {
    String reads = """
        on: push
        jobs:
          test:
            runs-on: ubuntu-24.04
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
              - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af # v4.1.0
              - run: npm ci && npm test
        """;
    Fix fix = fix("GHA006", reads).orElseThrow();
    assertThat(fix.safe()).isTrue();
    assertThat(applied(reads, fix)).startsWith("""
        on: push
        permissions:
          contents: read
        jobs:
          test:
        """);
    String releases = reads.replace("npm ci && npm test", "gh release create v1");
    assertThat(fix("GHA006", releases).orElseThrow().safe()).isFalse();
    String thirdParty = reads.replace("actions/setup-node", "acme/setup-node");
    assertThat(fix("GHA006", thirdParty).orElseThrow().safe()).isFalse();
  }

  @Test
  void writeAllHasNoFix() {
    String writeAll = """
        on: push
        permissions: write-all
        jobs:
          test:
            runs-on: ubuntu-24.04
            steps:
              - run: make
        """;
    assertThat(fix("GHA006", writeAll)).isEmpty();
  }
}
