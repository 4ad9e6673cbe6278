package dev.plumbline.core.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.testing.TestData;
import dev.plumbline.core.yaml.YamlDocument;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlParser;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlWalker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lexer never fails: random text, truncated scripts, deep nesting and every {@code run:}
 * script of the corpus all lex, and every node's offsets are inside the script and nested in
 * their parents.
 */
class ShellRobustnessTest {

  private static final String ALPHABET = "ab $(){}[]<>|&;'\"`\\#\n\t=-!*?@+~%:/.0123";
  private static final String[] FRAGMENTS = {"if ", "then ", "fi", "for ", "in ", "do ", "done",
      "case ", "esac", ";;", "$(", "${", "$((", "<<EOF\n", "<<-'E'\n", "EOF\n", "[[ ", " ]]",
      "((", "))", "function ", "() ", "<(", "\\\n", "${{ ", " }}", "2>&1", "|&", "&&", "||"};

  @Test
  void randomTextNeverFails() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int j = 0; j < length; j++) {
        if (random.nextInt(4) == 0) {
          text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        } else {
          text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      check(text.toString());
    }
  }

  @Test
  void everyPrefixOfARealisticScriptLexes() {
    String script = """
        set -euo pipefail
        export VERSION="$(git describe --tags 2>/dev/null || echo dev)"
        if [[ "${GITHUB_REF:-}" == refs/tags/* && -n $X ]]; then
          for f in dist/*.tar.gz; do sha256sum "$f" >> sums.txt; done
        elif (( $# > 0 )); then
          case "$1" in
            build|-b) make -j"$(nproc)" all ;;
            *) echo "usage: $0 [build]" >&2; exit 1 ;;
          esac
        fi
        cat <<-'EOF' | tee out.txt
        	literal $(not run)
        	EOF
        curl -fsSL "https://example.com/install.sh?x=${{ matrix.os }}" | sh -s -- -y
        arr=(one "two three" $(ls)); f() { local x=$1; echo "${x//a/b}"; }
        docker run --rm -v "$PWD:/src" alpine sh -c 'apk add --no-cache git && git status' \\
          || true
        """;
    for (int end = 0; end <= script.length(); end++) {
      check(script.substring(0, end));
      check(script.substring(end));
    }
  }

  @Test
  void deepNestingIsReadFlatWithoutRunningOutOfStack() {
    int depth = 5_000;
    String[][] openClose = {{"$(", ")"}, {"(", ")"}, {"{ ", "; }"}, {"if a; then ", "; fi"},
        {"`", "`"}, {"\"$(", ")\""}, {"<(", ")"}, {"for x; do ", "; done"}, {"${", "}"},
        {"A=$(", ")"}, {"--tag=$(B=", ")"}, {"a=($(", "))"}};
    for (String[] pair : openClose) {
      String open = "echo " + pair[0].repeat(depth) + "x" + pair[1].repeat(depth);
      check(open);
      check(pair[0].repeat(depth));
    }
  }

  @Test
  void aScriptSaysWhetherItWasReadFlat() {
    assertThat(ShellScript.parse("( ".repeat(100) + "x" + " )".repeat(100)).readFlat()).isTrue();
    assertThat(ShellScript.parse("echo " + "$(".repeat(100) + "x" + ")".repeat(100)).readFlat())
        .isTrue();
    assertThat(ShellScript.parse("( ".repeat(60) + "x" + " )".repeat(60)).readFlat()).isFalse();
    assertThat(ShellScript.parse("a && (b | c) || { d; }; e $(f `g`)").readFlat()).isFalse();
  }

  @Test
  void longInputsLex() {
    check("echo a | b && c; ".repeat(20_000));
    check("$(( ".repeat(20_000));
    check("[[ ".repeat(20_000));
    check("'".repeat(20_001));
    check("<<EOF ".repeat(2_000) + "\n" + "x\n".repeat(2_000));
  }

  @Test
  void everyRunScriptOfTheCorpusLexes() throws IOException {
    Path corpus = TestData.corpus();
    assumeTrue(TestData.hasCorpus(), "corpus not available at " + corpus);
    ObjectMapper json = new ObjectMapper();
    YamlParser parser = new YamlParser();
    int scripts = 0;
    int commands = 0;
    for (String line : Files.readAllLines(corpus.resolve("manifest.jsonl"),
        StandardCharsets.UTF_8)) {
      JsonNode entry = json.readTree(line);
      if (!entry.get("kind").asText().startsWith("github-actions")) {
        continue;
      }
      String path = entry.get("path").asText();
      SourceFile file;
      try {
        file = SourceFile.decode(path, Files.readAllBytes(corpus.resolve(path)));
      } catch (SourceFile.NotUtf8Exception e) {
        continue;
      }
      for (YamlDocument doc : parser.parse(file).documents()) {
        List<YamlScalar> runs = new ArrayList<>();
        YamlWalker.walk(doc.root(), node -> {
          if (node instanceof YamlMapping m) {
            m.scalar("run").ifPresent(runs::add);
          }
        });
        for (YamlScalar run : runs) {
          String text = run.value();
          ShellScript parsed = check(text);
          scripts++;
          commands += parsed.commands().size();
          for (int cut : new int[] {text.length() / 3, text.length() / 2, text.length() - 1}) {
            if (cut > 0) {
              check(text.substring(0, cut));
            }
          }
        }
      }
    }
    assertThat(scripts).as("run: scripts in the corpus").isGreaterThan(1_000);
    assertThat(commands).isGreaterThan(scripts);
  }

  /** Lexes and checks that every node lies inside the script and inside its parent. */
  static ShellScript check(String text) {
    ShellScript script = ShellScript.parse(text);
    assertThat(script.degraded()).as("lexer failed on %s", abbreviate(text)).isFalse();
    checkList(text, script.body(), 0, text.length());
    int previous = -1;
    for (Command c : script.commands()) {
      assertThat(c.start()).as("commands in order in %s", abbreviate(text))
          .isGreaterThanOrEqualTo(previous);
      previous = c.start();
    }
    return script;
  }

  private static void checkList(String text, CommandList list, int from, int to) {
    inside(text, list, from, to);
    for (Pipeline p : list.pipelines()) {
      inside(text, p, from, to);
      assertThat(p.stages()).isNotEmpty();
      assertThat(p.pipes()).hasSize(p.stages().size() - 1);
      for (Stage s : p.stages()) {
        inside(text, s, p.start(), p.end());
        assertThat(s.pipeline()).isSameAs(p);
        if (s instanceof Command c) {
          c.assignments().forEach(a -> word(text, a.word(), c));
          c.words().forEach(w -> word(text, w, c));
          c.redirections().forEach(r -> r.target().ifPresent(w -> word(text, w, c)));
        } else if (s instanceof Compound c) {
          c.words().forEach(w -> word(text, w, c));
          c.bodies().forEach(b -> checkList(text, b, c.start(), c.end()));
        }
      }
    }
  }

  private static void word(String text, Word w, Stage stage) {
    inside(text, w, stage.start(), stage.end());
    assertThat(text.substring(w.start(), w.end())).isEqualTo(w.text());
    for (Substitution s : w.substitutions()) {
      inside(text, s, w.start(), w.end());
      checkList(text, s.body(), s.start(), s.end());
    }
  }

  private static void inside(String text, ShellNode node, int from, int to) {
    assertThat(node.start()).as("%s start in %s", node, abbreviate(text))
        .isBetween(from, to);
    assertThat(node.end()).as("%s end in %s", node, abbreviate(text))
        .isBetween(node.start(), to);
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
