package dev.plumbline.core.engine.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GitIgnoreTest {

  private static final boolean FILE = false;
  private static final boolean DIR = true;

  /**
   * Ignore file content against a path, with git's answer. Each expectation was taken once from
   * {@code git check-ignore --no-index} (git 2.39) in a fresh repository holding the path and the
   * ignore file; like git, a path inside an ignored directory counts as ignored.
   */
  static Stream<Arguments> gitCheckIgnore() {
    return Stream.of(
        // blank lines and comments
        row("", "# comment", "# comment", FILE, false),
        row("", "#hash", "#hash", FILE, false),
        row("", "\\#hash", "#hash", FILE, true),
        row("", "\n   \nfoo\n", "foo", FILE, true),
        row("", "  #x", "  #x", FILE, true),
        // trailing spaces
        row("", "foo   ", "foo", FILE, true),
        row("", "foo   ", "foo ", FILE, false),
        row("", "foo\\ ", "foo ", FILE, true),
        row("", "foo\\ ", "foo", FILE, false),
        row("", "foo\\  ", "foo ", FILE, true),
        row("", "foo\t", "foo", FILE, false),
        row("", "foo\t", "foo\t", FILE, true),
        row("", "foo\r", "foo", FILE, true),
        row("", " foo", "foo", FILE, false),
        row("", " foo", " foo", FILE, true),
        // negation
        row("", "*.yml\n!keep.yml", "keep.yml", FILE, false),
        row("", "*.yml\n!keep.yml", "other.yml", FILE, true),
        row("", "!keep.yml\n*.yml", "keep.yml", FILE, true),
        row("", "\\!important", "!important", FILE, true),
        row("", "!important", "important", FILE, false),
        row("", "build/\n!build/keep.yml", "build/keep.yml", FILE, true),
        row("", "build\n!build/keep.yml", "build/keep.yml", FILE, true),
        row("", "build/*\n!build/keep.yml", "build/keep.yml", FILE, false),
        row("", "build/*\n!build/keep.yml", "build/other.yml", FILE, true),
        row("", "/*\n!/src/", "src/a.yml", FILE, false),
        row("", "/*\n!/src/", "docs/a.yml", FILE, true),
        row("", "/*\n!/src/", "top.yml", FILE, true),
        row("", "*\n!*/\n!*.yml", "a/b/c.yml", FILE, false),
        row("", "*\n!*/\n!*.yml", "a/b/c.txt", FILE, true),
        // directory-only
        row("", "logs/", "logs", DIR, true),
        row("", "logs/", "logs", FILE, false),
        row("", "logs/", "a/logs", DIR, true),
        row("", "logs/", "logs/x.txt", FILE, true),
        row("", "a/logs/", "a/logs", DIR, true),
        row("", "a/logs/", "b/a/logs", DIR, false),
        row("", "a/logs/", "a/logs", FILE, false),
        // anchoring
        row("", "/foo", "foo", FILE, true),
        row("", "/foo", "a/foo", FILE, false),
        row("", "foo", "a/b/foo", FILE, true),
        row("", "foo", "foo/bar", FILE, true),
        row("", "a/foo", "a/foo", FILE, true),
        row("", "a/foo", "x/a/foo", FILE, false),
        row("", "a/*.yml", "a/x.yml", FILE, true),
        row("", "a/*.yml", "a/b/x.yml", FILE, false),
        row("", "*.yml", "a/b/x.yml", FILE, true),
        row("", "d/x?y", "d/x/y", FILE, false),
        row("", "d/x*y", "d/x/y", FILE, false),
        row("", "d/x*y", "d/xay", FILE, true),
        // wildcards
        row("", "*", "a/b/c", FILE, true),
        row("", "a*", "x/abc", FILE, true),
        row("", "a*", "bac", FILE, false),
        row("", "a?c", "abc", FILE, true),
        row("", "a?c", "ac", FILE, false),
        row("", "a?c", "a/c", FILE, false),
        row("", "a?b", "a\u00e9b", FILE, false),
        row("", "a??b", "a\u00e9b", FILE, true),
        row("", "a*b", "a\u00e9b", FILE, true),
        row("", "[a-c]x", "bx", FILE, true),
        row("", "[a-c]x", "dx", FILE, false),
        row("", "[!a-c]x", "dx", FILE, true),
        row("", "[!a-c]x", "bx", FILE, false),
        row("", "[^a-c]x", "dx", FILE, true),
        row("", "[]]x", "]x", FILE, true),
        row("", "[!]]x", "]x", FILE, false),
        row("", "[!]]x", "ax", FILE, true),
        row("", "[a-]x", "-x", FILE, true),
        row("", "[-a]x", "-x", FILE, true),
        row("", "[z-a]x", "ax", FILE, false),
        row("", "[\\]]x", "]x", FILE, true),
        row("", "[[:digit:]]x", "1x", FILE, true),
        row("", "[[:digit:]]x", "ax", FILE, false),
        row("", "[[:alpha:][:digit:]]", "7", FILE, true),
        row("", "[[:upper:]]*", "Makefile", FILE, true),
        row("", "[[:upper:]]*", "makefile", FILE, false),
        row("", "[[:space:]]x", " x", FILE, true),
        row("", "[[:alpha:]", "a", FILE, false),
        row("", "[[:alpha:]", "[", FILE, false),
        row("", "x[[:nope:]]", "xa", FILE, false),
        row("", "f[:foo:]", "ff", FILE, true),
        row("", "a[b", "a[b", FILE, false),
        row("", "x[/a]y", "xay", FILE, true),
        row("", "foo\\", "foo", FILE, false),
        row("", "\\*x", "*x", FILE, true),
        row("", "\\*x", "ax", FILE, false),
        row("", "a\\?b", "a?b", FILE, true),
        row("", "a\\?b", "axb", FILE, false),
        row("", "\\a", "a", FILE, true),
        row("", "*.[oa]", "lib.a", FILE, true),
        row("", "*.[oa]", "lib.so", FILE, false),
        // ** globstar
        row("", "**/foo", "foo", FILE, true),
        row("", "**/foo", "a/foo", FILE, true),
        row("", "**/foo", "a/b/foo", FILE, true),
        row("", "**/foo", "xfoo", FILE, false),
        row("", "**/foo/bar", "foo/bar", FILE, true),
        row("", "**/foo/bar", "a/b/foo/bar", FILE, true),
        row("", "**/foo/bar", "foo/x/bar", FILE, false),
        row("", "abc/**", "abc/x", FILE, true),
        row("", "abc/**", "abc/x/y", FILE, true),
        row("", "abc/**", "abc", DIR, false),
        row("", "abc/**", "abc", FILE, false),
        row("", "abc/**", "x/abc/y", FILE, false),
        row("", "a/**/b", "a/b", FILE, true),
        row("", "a/**/b", "a/x/b", FILE, true),
        row("", "a/**/b", "a/x/y/b", FILE, true),
        row("", "a/**/b", "a/xb", FILE, false),
        row("", "a/**/b", "x/a/b", FILE, false),
        row("", "**/**/**/a", "a", FILE, true),
        row("", "**/**/**/a", "x/y/a", FILE, true),
        row("", "**/**/**/a", "x/y/b", FILE, false),
        row("", "**foo", "xfoo", FILE, true),
        row("", "**foo", "a/xfoo", FILE, true),
        row("", "a/**foo", "a/xfoo", FILE, true),
        row("", "a/**foo", "a/b/xfoo", FILE, false),
        row("", "a**/b", "ax/b", FILE, true),
        row("", "a**/b", "a/x/b", FILE, true),
        row("", "/**", "x/y", FILE, true),
        row("", "**", "x/y", FILE, true),
        row("", "*/**", "x", FILE, false),
        row("", "*/**", "x", DIR, false),
        row("", "*/**", "x/y", FILE, true),
        row("", "a*/**", "ab", DIR, false),
        row("", "***/foo", "a/b/foo", FILE, true),
        row("", "a/**/", "a/b", DIR, true),
        row("", "a/**/", "a/b", FILE, false),
        row("", "a/**/", "a/b/c", FILE, true),
        row("", "a/\\**", "a/*x", FILE, true),
        row("", "a/\\**", "a/yx", FILE, false),
        // scoping: patterns of sub/.gitignore
        row("sub", "/foo", "sub/foo", FILE, true),
        row("sub", "/foo", "foo", FILE, false),
        row("sub", "/foo", "sub/x/foo", FILE, false),
        row("sub", "foo", "sub/x/foo", FILE, true),
        row("sub", "x/foo", "sub/x/foo", FILE, true),
        row("sub", "sub/x/foo", "sub/x/foo", FILE, false),
        row("sub", "*.yml", "other/a.yml", FILE, false),
        row("sub", "**/foo", "sub/foo", FILE, true),
        row("sub", "**/foo", "sub/a/foo", FILE, true),
        // the literal text before the first wildcard is compared on its own (git quirk)
        row("", "a**/b", "ab", FILE, true),
        row("", "a**/b", "a/b", FILE, true),
        row("", "a**/b", "a/x/y/b", FILE, true),
        row("", "a/foo**", "a/foo/bar/baz", FILE, true),
        row("", "a/foo**", "a/foo", FILE, true),
        row("", "a/foo**", "a/fooX/y", FILE, true),
        row("", "a/b**/c", "a/bc", FILE, true),
        row("", "a/b**/c", "a/b/x/y/c", FILE, true),
        row("", "/a**", "abc/def", FILE, true),
        row("", "/a*", "abc/def", FILE, true),
        row("", "x/a*", "x/abc/def", FILE, true),
        row("", "a/*/b", "a/b", FILE, false),
        row("", "a/?**/b", "a/x/y/b", FILE, false),
        row("", "a/b/**", "a/b", DIR, false),
        row("", "a/b**", "a/b", DIR, true),
        row("", "a/b**", "a/bz/q", FILE, true),
        row("", "ab/**", "ab", DIR, false)
    );
  }

  private static Arguments row(String directory, String content, String path, boolean directoryPath,
      boolean ignored) {
    return Arguments.of(directory, content, path, directoryPath, ignored);
  }

  @ParameterizedTest(name = "[{index}] {0}/.gitignore {1} -> {2} dir={3} ignored={4}")
  @MethodSource("gitCheckIgnore")
  void agreesWithGitCheckIgnore(String directory, String content, String path,
      boolean directoryPath, boolean ignored) {
    GitIgnore ignore = GitIgnore.parse(directory, content.getBytes(StandardCharsets.UTF_8));

    assertThat(ignore.isIgnored(path, directoryPath)).isEqualTo(ignored);
  }

  @Test
  void blankLinesAndCommentsAreNoPatterns() {
    assertThat(IgnorePattern.parse("")).isEmpty();
    assertThat(IgnorePattern.parse("# a comment")).isEmpty();
    assertThat(IgnorePattern.parse("    ")).isEmpty();
    assertThat(IgnorePattern.parse("!")).isEmpty();
    assertThat(IgnorePattern.parse("/")).isEmpty();
    assertThat(IgnorePattern.parse("\r")).isEmpty();
    assertThat(IgnorePattern.parse("\\#x")).isPresent();
  }

  @Test
  void patternKnowsItsFlags() {
    IgnorePattern pattern = IgnorePattern.parse("!/build/out/  ").orElseThrow();

    assertThat(pattern.negated()).isTrue();
    assertThat(pattern.directoryOnly()).isTrue();
    assertThat(pattern.anchored()).isTrue();
    assertThat(pattern).hasToString("!/build/out/");

    IgnorePattern name = IgnorePattern.parse("*.log").orElseThrow();
    assertThat(name.negated()).isFalse();
    assertThat(name.directoryOnly()).isFalse();
    assertThat(name.anchored()).isFalse();
  }

  @Test
  void patternMatchesThePathAloneNotItsParents() {
    IgnorePattern pattern = IgnorePattern.parse("build/").orElseThrow();

    assertThat(pattern.matches("build", true)).isTrue();
    assertThat(pattern.matches("build/out.yml", false)).isFalse();
  }

  @Test
  void lastMatchingPatternOfAFileDecides() {
    GitIgnore ignore = GitIgnore.of("", List.of("*.yml", "!keep.yml", "keep.yml", "!keep.yml"));

    assertThat(ignore.match("keep.yml", false)).isEqualTo(GitIgnore.Match.NOT_IGNORED);
    assertThat(ignore.match("other.yml", false)).isEqualTo(GitIgnore.Match.IGNORED);
    assertThat(ignore.match("other.json", false)).isEqualTo(GitIgnore.Match.NONE);
  }

  @Test
  void fileOnlyAppliesInsideItsDirectory() {
    GitIgnore ignore = GitIgnore.of("sub", List.of("*.yml", "/top.json"));

    assertThat(ignore.directory()).isEqualTo("sub");
    assertThat(ignore.match("sub/a/b.yml", false)).isEqualTo(GitIgnore.Match.IGNORED);
    assertThat(ignore.match("sub/top.json", false)).isEqualTo(GitIgnore.Match.IGNORED);
    assertThat(ignore.match("sub/a/top.json", false)).isEqualTo(GitIgnore.Match.NONE);
    assertThat(ignore.match("subway/b.yml", false)).isEqualTo(GitIgnore.Match.NONE);
    assertThat(ignore.match("sub", true)).isEqualTo(GitIgnore.Match.NONE);
    assertThat(ignore.isIgnored("other/b.yml", false)).isFalse();
  }

  @Test
  void contentWithByteOrderMarkAndCrLfLineEnds() {
    byte[] content = "\uFEFF*.log\r\n!keep.log\r\n".getBytes(StandardCharsets.UTF_8);

    GitIgnore ignore = GitIgnore.parse("", content);

    assertThat(ignore.patterns()).hasSize(2);
    assertThat(ignore.isIgnored("a.log", false)).isTrue();
    assertThat(ignore.isIgnored("keep.log", false)).isFalse();
  }

  @Test
  void contentIsMatchedAsBytesEvenWhenNotUtf8() {
    byte[] content = {'a', (byte) 0xE9, '*', '\n'};

    GitIgnore ignore = GitIgnore.parse("", content);

    assertThat(ignore.patterns()).hasSize(1);
    assertThat(ignore.isIgnored("a\u00e9", false)).isFalse();
    assertThat(ignore.isIgnored("ab", false)).isFalse();
  }

  @Test
  void innermostFileDecidesFirst() {
    IgnoreStack stack = IgnoreStack.EMPTY
        .push(GitIgnore.of("", List.of("!info.yml")))
        .push(GitIgnore.of("", List.of("*.yml", "!root.yml")))
        .push(GitIgnore.of("sub", List.of("!keep.yml", "root.yml")));

    assertThat(stack.isIgnoredWithParents("sub/keep.yml", false)).isFalse();
    assertThat(stack.isIgnoredWithParents("sub/root.yml", false)).isTrue();
    assertThat(stack.isIgnoredWithParents("sub/other.yml", false)).isTrue();
    assertThat(stack.isIgnoredWithParents("root.yml", false)).isFalse();
    // the root .gitignore comes after info/exclude and overrides it
    assertThat(stack.isIgnoredWithParents("info.yml", false)).isTrue();
  }

  @Test
  void negationCannotReachIntoAnIgnoredDirectoryOfAnOuterFile() {
    IgnoreStack stack = IgnoreStack.EMPTY
        .push(GitIgnore.of("", List.of("build/")))
        .push(GitIgnore.of("build", List.of("!keep.yml")));

    assertThat(stack.isIgnoredWithParents("build/keep.yml", false)).isTrue();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void manyDoubleStarsAgainstADeepPathStayCheap() {
    String pattern = "**/".repeat(40) + "a";
    String deep = "x/".repeat(2000) + "b";
    IgnorePattern doubleStars = IgnorePattern.parse(pattern).orElseThrow();

    for (int i = 0; i < 20; i++) {
      assertThat(doubleStars.matches(deep, false)).isFalse();
    }
    assertThat(doubleStars.matches("x/".repeat(2000) + "a", false)).isTrue();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void manyStarsAgainstALongNameStayCheap() {
    IgnorePattern stars = IgnorePattern.parse("*a".repeat(50) + "*b").orElseThrow();
    IgnorePattern anchored = IgnorePattern.parse("d/" + "*a".repeat(50) + "*b").orElseThrow();
    String name = "a".repeat(5000);

    assertThat(stars.matches(name, false)).isFalse();
    assertThat(anchored.matches("d/" + name, false)).isFalse();
    assertThat(stars.matches(name + "b", false)).isTrue();
  }
}
