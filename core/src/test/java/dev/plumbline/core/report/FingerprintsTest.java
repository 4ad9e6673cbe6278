package dev.plumbline.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

  private static final String WORKFLOW = """
      jobs:
        build:
          steps:
            - uses: actions/checkout@v4
            - run: make
      """;

  private static Finding unpinned(String path, String text, int occurrence) {
    SourceFile file = SourceFile.of(path, text);
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = text.indexOf("actions/checkout@v4", at + 1);
    }
    return ReportFixture.finding(file, "PLB901", Severity.WARNING, at, at + 19, "not pinned",
        null);
  }

  private static String fingerprint(Finding finding) {
    return Fingerprints.of(List.of(finding)).get(0);
  }

  @Test
  void hasGitHubsHashColonOccurrenceFormat() {
    assertThat(fingerprint(unpinned("ci.yml", WORKFLOW, 1))).matches("[0-9a-f]{16}:1");
  }

  @Test
  void insertingUnrelatedLinesAboveKeepsTheFingerprint() {
    Finding before = unpinned("ci.yml", WORKFLOW, 1);
    String edited = "name: ci\non:\n  push:\n" + WORKFLOW.replace("- run: make",
        "- run: make\n      - run: make test");
    Finding after = unpinned("ci.yml", edited, 1);
    assertThat(after.span().start().line()).isEqualTo(before.span().start().line() + 3);
    assertThat(fingerprint(after)).isEqualTo(fingerprint(before));
  }

  @Test
  void removingLinesAndReindentingKeepsTheFingerprint() {
    Finding before = unpinned("ci.yml", WORKFLOW, 1);
    String edited = "jobs:\n  build:\n    steps:\n        -   uses:   actions/checkout@v4  \n";
    Finding after = unpinned("ci.yml", edited, 1);
    assertThat(after.span().start().column()).isNotEqualTo(before.span().start().column());
    assertThat(fingerprint(after)).isEqualTo(fingerprint(before));
  }

  @Test
  void editingTheOffendingLineOrTheRuleChangesTheFingerprint() {
    Finding original = unpinned("ci.yml", WORKFLOW, 1);
    Finding edited = unpinned("ci.yml", WORKFLOW.replace("- uses: actions/checkout@v4",
        "- uses: actions/checkout@v4 # pinned later"), 1);
    Finding otherRule = new Finding("PLB902", original.severity(), original.message(),
        original.hint(), original.path(), original.span(), original.lines());
    assertThat(fingerprint(edited)).isNotEqualTo(fingerprint(original));
    assertThat(fingerprint(otherRule)).isNotEqualTo(fingerprint(original));
  }

  @Test
  void identicalLinesInOneFileAreNumberedInFileOrder() {
    String text = WORKFLOW + "  test:\n    steps:\n      - uses: actions/checkout@v4\n";
    Finding first = unpinned("ci.yml", text, 1);
    Finding second = unpinned("ci.yml", text, 2);
    String hash = Fingerprints.lineHash(first);
    assertThat(Fingerprints.lineHash(second)).isEqualTo(hash);
    assertThat(Fingerprints.of(List.of(first, second))).containsExactly(hash + ":1", hash + ":2");
    // occurrences follow the position in the file, not the order of the list
    assertThat(Fingerprints.of(List.of(second, first))).containsExactly(hash + ":2", hash + ":1");
  }

  @Test
  void occurrencesAreCountedPerFile() {
    Finding a = unpinned("a.yml", WORKFLOW, 1);
    Finding b = unpinned("b.yml", WORKFLOW, 1);
    List<String> fingerprints = Fingerprints.of(List.of(a, b));
    assertThat(fingerprints.get(0)).endsWith(":1").isEqualTo(fingerprints.get(1));
  }

  @Test
  void normalizesAllWhitespace() {
    assertThat(Fingerprints.normalizeWhitespace("  a \t b\n\n   c\u00a0d  \r\n"))
        .isEqualTo("a b c d");
    assertThat(Fingerprints.normalizeWhitespace(" \n\t")).isEmpty();
  }
}
