package dev.plumbline.core.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.LintResult;
import dev.plumbline.core.engine.LintedFile;
import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.rule.Finding;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.Suppression;
import dev.plumbline.core.source.FileKind;
import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BaselineTest {

  private static final Path BASE = Path.of("/work/repo").toAbsolutePath();
  private static final BaselinePaths PATHS = new BaselinePaths(BASE, BASE);
  private static final String CI = ".github/workflows/ci.yml";

  private static Finding finding(String rule, String path, int line, String source) {
    Position start = new Position(line, 3, 0);
    return new Finding(rule, Severity.WARNING, rule + " at " + line, Optional.empty(), path,
        new Span(start, start), source + "\n");
  }

  private static LintResult result(List<Finding> findings, String... linted) {
    List<LintedFile> files = new ArrayList<>();
    for (String path : linted) {
      files.add(new LintedFile(path, FileKind.GITHUB_WORKFLOW, List.of()));
    }
    return new LintResult(findings, List.of(), List.of(), files);
  }

  private static List<String> messages(LintResult result) {
    return result.notifications().stream()
        .map(n -> n.path().map(p -> p + ": ").orElse("") + n.message()).toList();
  }

  @Test
  void matchedFindingsAreSuppressedAndCountedAndTheOthersAreNot() {
    Finding pinned = finding("GHA001", CI, 9, "- uses: foo/bar@v1");
    Finding perms = finding("GHA006", CI, 3, "permissions: write-all");
    Baseline baseline = Baseline.of(List.of(pinned, perms), PATHS);
    Finding added = finding("GHA001", CI, 12, "- uses: foo/baz@v2");

    BaselineMatch match =
        baseline.apply(result(List.of(perms, pinned, added), CI), PATHS, "b.json");

    assertThat(match.hidden()).isEqualTo(2);
    assertThat(match.stale()).isEmpty();
    assertThat(match.result().findings()).extracting(Finding::isSuppressed)
        .containsExactly(true, true, false);
    assertThat(match.result().findings().get(0).suppressions())
        .containsExactly(Suppression.external("baseline b.json"));
    assertThat(messages(match.result())).containsExactly("2 findings hidden by baseline b.json.");
  }

  @Test
  void lineNumbersIndentationAndMessagesDoNotMatterButTheLineTextDoes() {
    Baseline baseline = Baseline.of(List.of(finding("GHA001", CI, 9, "- uses: foo/bar@v1")), PATHS);
    Finding moved = new Finding("GHA001", Severity.ERROR, "reworded", Optional.empty(), CI,
        Span.at(new Position(40, 9, 400)), "      -   uses:   foo/bar@v1\n");

    assertThat(baseline.apply(result(List.of(moved), CI), PATHS, "b").hidden()).isOne();
    Finding edited = finding("GHA001", CI, 9, "- uses: foo/bar@v2");
    assertThat(baseline.apply(result(List.of(edited), CI), PATHS, "b").hidden()).isZero();
    Finding otherRule = finding("GHA002", CI, 9, "- uses: foo/bar@v1");
    assertThat(baseline.apply(result(List.of(otherRule), CI), PATHS, "b").hidden()).isZero();
    Finding otherFile = finding("GHA001", ".github/workflows/x.yml", 9, "- uses: foo/bar@v1");
    assertThat(baseline.apply(result(List.of(otherFile), CI), PATHS, "b").hidden()).isZero();
  }

  @Test
  void anEntryHidesOneFindingOnly() {
    Finding first = finding("GHA001", CI, 9, "- uses: foo/bar@v1");
    Finding second = finding("GHA001", CI, 14, "- uses: foo/bar@v1");
    Finding third = finding("GHA001", CI, 20, "- uses: foo/bar@v1");
    Baseline two = Baseline.of(List.of(first, second), PATHS);

    BaselineMatch match = two.apply(result(List.of(first, second, third), CI), PATHS, "b");

    assertThat(match.hidden()).isEqualTo(2);
    assertThat(match.result().findings()).extracting(Finding::isSuppressed)
        .containsExactly(true, true, false);
  }

  @Test
  void entriesLeftOverInALintedFileAreStale() {
    Finding first = finding("GHA001", CI, 9, "- uses: foo/bar@v1");
    Finding second = finding("GHA001", CI, 14, "- uses: foo/bar@v1");
    Finding perms = finding("GHA006", CI, 3, "permissions: write-all");
    Baseline baseline = Baseline.of(List.of(first, second, perms), PATHS);

    BaselineMatch match = baseline.apply(result(List.of(first), CI), PATHS, "b.json");

    assertThat(match.hidden()).isOne();
    assertThat(match.stale()).extracting(BaselineEntry::rule, BaselineEntry::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("GHA006", 3),
            org.assertj.core.groups.Tuple.tuple("GHA001", 14));
    assertThat(messages(match.result())).containsExactly(
        "1 finding hidden by baseline b.json.",
        CI + ": baseline entry no longer matches: GHA001 recorded at line 14 (fixed or changed?); "
            + "run --write-baseline to update it.",
        CI + ": baseline entry no longer matches: GHA006 recorded at line 3 (fixed or changed?); "
            + "run --write-baseline to update it.");
    assertThat(match.result().notifications()).filteredOn(n -> n.path().isPresent())
        .extracting(n -> n.ruleId().orElseThrow()).containsExactly("GHA001", "GHA006");
  }

  @Test
  void entriesForExistingFilesTheRunDidNotLintAreNotStale(@org.junit.jupiter.api.io.TempDir
      Path repo) throws java.io.IOException {
    BaselinePaths paths = new BaselinePaths(repo, repo);
    java.nio.file.Files.writeString(repo.resolve("other.yml"), "on: push\n");
    Baseline baseline = Baseline.of(List.of(finding("GHA001", "other.yml", 2, "uses: a/b@v1"),
        finding("GHA001", "deleted.yml", 2, "uses: a/b@v1")), paths);

    BaselineMatch match = baseline.apply(result(List.of(), CI), paths, "b");

    assertThat(match.stale()).extracting(BaselineEntry::path).containsExactly("deleted.yml");
  }

  @Test
  void manyStaleEntriesGetOneSummaryNote() {
    List<Finding> old = IntStream.rangeClosed(1, Baseline.MAX_STALE_NOTES + 1)
        .mapToObj(i -> finding("GHA001", CI, i, "- uses: foo/bar@v" + i)).toList();
    Baseline baseline = Baseline.of(old, PATHS);

    BaselineMatch match = baseline.apply(result(List.of(), CI), PATHS, "b");

    assertThat(match.stale()).hasSize(Baseline.MAX_STALE_NOTES + 1);
    assertThat(messages(match.result())).containsExactly("21 baseline entries in 1 file no longer "
        + "match (fixed or changed?); run --write-baseline to update the baseline.");
  }

  @Test
  void suppressedFindingsAreNeitherRecordedNorMatched() {
    Finding suppressed = finding("GHA001", CI, 9, "- uses: foo/bar@v1")
        .withSuppression(Suppression.inSource("vendored"));
    assertThat(Baseline.of(List.of(suppressed), PATHS).entries()).isEmpty();

    Baseline baseline = Baseline.of(List.of(finding("GHA001", CI, 9, "- uses: foo/bar@v1")), PATHS);
    BaselineMatch match = baseline.apply(result(List.of(suppressed), CI), PATHS, "b");
    assertThat(match.hidden()).isZero();
    assertThat(match.result().findings().get(0).suppressions())
        .containsExactly(Suppression.inSource("vendored"));
    assertThat(match.stale()).hasSize(1);
  }

  @Test
  void noNoteWhenNothingWasHiddenOrStale() {
    Baseline empty = new Baseline(List.of());
    Finding f = finding("GHA001", CI, 9, "- uses: foo/bar@v1");
    LintResult before = new LintResult(List.of(f), List.of(),
        List.of(Notification.note("x.yml", "something else.")), List.of());
    BaselineMatch match = empty.apply(before, PATHS, "b");
    assertThat(match.result()).isEqualTo(before);
  }

  @Test
  void entriesAreSortedByPathLineAndRule() {
    Baseline baseline = Baseline.of(List.of(finding("GHA006", "b.yml", 3, "x"),
        finding("GHA001", "a.yml", 20, "y"), finding("GHA001", "a.yml", 4, "z"),
        finding("GHA000", "a.yml", 4, "z")), PATHS);
    assertThat(baseline.entries()).extracting(e -> e.path() + ":" + e.line() + ":" + e.rule())
        .containsExactly("a.yml:4:GHA000", "a.yml:4:GHA001", "a.yml:20:GHA001", "b.yml:3:GHA006");
  }
}
