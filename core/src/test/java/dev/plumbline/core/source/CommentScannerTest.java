package dev.plumbline.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentScannerTest {

  private static List<Comment> scan(String text) {
    return CommentScanner.scan(SourceFile.of("t.yml", text));
  }

  @Test
  void findsTrailingAndFullLineComments() {
    List<Comment> comments = scan("# head\nkey: value # tail\n  # indented\n");
    assertThat(comments).extracting(Comment::body).containsExactly(" head", " tail", " indented");
    assertThat(comments.get(1).span().start().toString()).isEqualTo("2:12");
  }

  @Test
  void hashWithoutSpaceOrInsideQuotesIsNotAComment() {
    assertThat(scan("url: http://x/#anchor\nq: \"a # b\"\ns: 'c # d'\n")).isEmpty();
  }

  @Test
  void apostropheInsideAWordDoesNotOpenAQuote() {
    assertThat(scan("run: echo it's fine # expect: X\n")).extracting(Comment::body)
        .containsExactly(" expect: X");
  }

  @Test
  void expectationsAndNextLineMarkers() {
    SourceFile file = SourceFile.of("t.yml",
        "a: 1 # expect: GHA001\n  # expect-next-line: GHA004 @9 \"untrusted\", GHA008\nb: 2\n");
    List<Expectation> expectations = Expectation.parse(file, CommentScanner.scan(file));
    assertThat(expectations).hasSize(3);
    assertThat(expectations.get(0).line()).isEqualTo(1);
    assertThat(expectations.get(1).line()).isEqualTo(3);
    assertThat(expectations.get(1).column()).hasValue(9);
    assertThat(expectations.get(1).messageFragment()).contains("untrusted");
    assertThat(expectations.get(2).ruleId()).isEqualTo("GHA008");
  }

  @Test
  void suppressionsWithIdsNamesAndReasons() {
    SourceFile file = SourceFile.of("t.yml", "# plumbline: ignore-file[GHA006] legacy workflow\n"
        + "a: 1 # plumbline: ignore[GHA001, unpinned-action] vendored\n"
        + "# plumbline: ignore[GHA012]\n"
        + "b: 2\n"
        + "c: 3 # plumbline: ignor[GHA001]\n");
    List<SuppressionComment> suppressions =
        SuppressionComment.parse(file, CommentScanner.scan(file));
    assertThat(suppressions).hasSize(4);
    assertThat(suppressions.get(0).fileLevel()).isTrue();
    assertThat(suppressions.get(0).reason()).isEqualTo("legacy workflow");
    assertThat(suppressions.get(1).rules()).extracting(SuppressionComment.RuleName::text)
        .containsExactly("GHA001", "unpinned-action");
    assertThat(suppressions.get(1).rules()).extracting(r -> file.text(r.span()))
        .as("each name's span covers exactly the name").containsExactly("GHA001", "unpinned-action");
    assertThat(suppressions.get(1).rules().get(1).span().start().column()).isEqualTo(34);
    assertThat(suppressions.get(1).targetLine(file)).isEqualTo(2);
    assertThat(suppressions.get(2).reason()).isEmpty();
    assertThat(suppressions.get(2).targetLine(file)).as("a standalone comment covers the next line")
        .isEqualTo(4);
    assertThat(suppressions.get(3).problem()).isPresent();
  }
}
