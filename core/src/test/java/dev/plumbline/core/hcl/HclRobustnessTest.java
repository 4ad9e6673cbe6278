package dev.plumbline.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bad input never makes the parsers throw or hang, and every span they give stays inside the
 * file: every truncation of a file that uses every feature, random edits of it, token soup,
 * and inputs built to be deep, long or quadratic. (The timeout guards against a hang; it is
 * far above what the test takes.)
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HclRobustnessTest {

  /** A file with every feature of the native syntax (HashiCorp's parser accepts it too). */
  static final String SAMPLE = read("hcl/features.tf");

  static final String JSON_SAMPLE = read("hcl/features.tf.json");

  private static final String[] TOKENS = {"resource", "\"a\"", "x", "=", "==", "{", "}", "[",
      "]", "(", ")", ",", ".", "*", "...", "?", ":", "=>", "\n", "\n", " ", "\"", "${", "%{", "~}",
      "}", "<<EOT\n", "<<-EOT\n", "EOT\n", "  EOT\n", "#", "//", "/*", "*/", "for", "in", "if",
      "endif", "else", "endfor", "1", "1.5", "0.", "e", "\\", "\\u", "$${", "-", "!", "&&", "'",
      ";", "\r", "\t", "🐳", "::", "provider", "null", "true"};

  @Test
  void everyTruncationIsReadWithoutErrors() {
    for (String text : new String[] {SAMPLE, JSON_SAMPLE}) {
      String name = text == SAMPLE ? "main.tf" : "main.tf.json";
      for (int end = 0; end <= text.length(); end++) {
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
          continue;
        }
        exercise(name, text.substring(0, end));
      }
    }
  }

  @Test
  void theSamplesAreValid() {
    assertThat(exercise("main.tf", SAMPLE).problems()).isEmpty();
    assertThat(exercise("main.tf.json", JSON_SAMPLE).problems()).isEmpty();
  }

  @Test
  void randomEditsAreReadWithoutErrors() {
    Random random = new Random(20260102L);
    for (int round = 0; round < 3000; round++) {
      String source = round % 4 == 0 ? JSON_SAMPLE : SAMPLE;
      StringBuilder text = new StringBuilder(source);
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits && text.length() > 0; e++) {
        int at = random.nextInt(text.length());
        int length = Math.min(text.length() - at, 1 + random.nextInt(12));
        switch (random.nextInt(4)) {
          case 0 -> text.delete(at, at + length);
          case 1 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
          case 2 -> text.insert(at, text.substring(at, at + length));
          default -> text.setCharAt(at, TOKENS[random.nextInt(TOKENS.length)].charAt(0));
        }
      }
      String mutated = fixSurrogates(text.toString());
      exercise(source == SAMPLE ? "main.tf" : "main.tf.json", mutated);
    }
  }

  @Test
  void randomTokenSoupIsReadWithoutErrors() {
    Random random = new Random(20260103L);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(80);
      for (int i = 0; i < length; i++) {
        text.append(TOKENS[random.nextInt(TOKENS.length)]);
      }
      exercise("main.tf", text.toString());
    }
  }

  @Test
  void deepLongAndRepetitiveInputs() {
    exercise("main.tf", "x = " + "(".repeat(50_000) + "\n");
    exercise("main.tf", "x = " + "-".repeat(50_000) + "1\n");
    exercise("main.tf", "x = \"" + "${\"".repeat(20_000) + "\n");
    exercise("main.tf", "x = \"" + "%{ if a }".repeat(20_000) + "\"\n");
    exercise("main.tf", "x = a" + "[*]".repeat(20_000) + "\n");
    exercise("main.tf", "a {\n".repeat(20_000));
    exercise("main.tf", "x = 1" + " + 1".repeat(100_000) + "\n");
    exercise("main.tf", "x = a" + ".b".repeat(100_000) + "\n");
    exercise("main.tf", "x = <<EOT\n".repeat(20_000));
    exercise("main.tf", "x = <<A\n${\n".repeat(5_000) + "A\n");
    exercise("main.tf", "/*".repeat(50_000));
    exercise("main.tf", "x = \"\n".repeat(50_000));
    exercise("main.tf", "}\n".repeat(50_000));
    exercise("main.tf", "x = [" + "1,".repeat(100_000) + "]\n");
    exercise("main.tf.json", "{\"a\": " + "[".repeat(50_000));
    exercise("main.tf.json", "{\"locals\": {\"a\": \"" + "${".repeat(20_000) + "\"}}");
    HclFile chain = exercise("main.tf", "x = 1" + " + 1".repeat(100_000) + "\n");
    assertThat(chain.problems()).isEmpty();
  }

  private static String read(String path) {
    try {
      return Files.readString(TestData.testdata().resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A random edit may split a surrogate pair; a decoded file never holds half of one. */
  private static String fixSurrogates(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        out.append(c).append(text.charAt(++i));
      } else if (!Character.isSurrogate(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Parses and reads everything the tree offers; every span must be inside the file. */
  static HclFile exercise(String name, String text) {
    SourceFile source = SourceFile.of(name, text);
    HclFile file = HclParser.parse(source);
    int length = source.text().length();
    for (HclProblem problem : file.problems()) {
      check(problem.span(), length);
      assertThat(problem.message()).isNotBlank();
    }
    file.comments().forEach(c -> check(c.span(), length));
    check(file.body().span(), length);
    body(file.body(), length);
    return file;
  }

  private static void body(Body body, int length) {
    for (BodyItem item : body.items()) {
      check(item.span(), length);
      if (item instanceof Attribute attribute) {
        check(attribute.nameSpan(), length);
        expression(attribute.expression(), length);
      } else {
        Block block = (Block) item;
        check(block.typeSpan(), length);
        block.labelSpans().forEach(s -> check(s, length));
        check(block.body().span(), length);
        body(block.body(), length);
      }
    }
  }

  private static void expression(Expression root, int length) {
    root.walk(e -> {
      check(e.span(), length);
      e.stringValue();
      e.numberValue();
      e.isLiteral();
      e.traversal().ifPresent(t -> {
        t.names();
        t.path();
        t.steps().forEach(s -> check(s.span(), length));
      });
      if (e instanceof Template template) {
        template.unwrapped();
        template.heredoc().ifPresent(h -> {
          check(h.openerSpan(), length);
          check(h.closerSpan(), length);
        });
        parts(template.parts(), length);
      } else if (e instanceof ObjectExpression object) {
        object.items().forEach(item -> {
          item.keyName();
          check(item.span(), length);
        });
      } else if (e instanceof Splat splat) {
        splat.steps();
        check(splat.markerSpan(), length);
      }
    });
  }

  private static void parts(java.util.List<TemplatePart> parts, int length) {
    for (TemplatePart part : parts) {
      check(part.span(), length);
      if (part instanceof TemplatePart.Literal literal) {
        for (int i = 0; i < literal.value().length(); i++) {
          check(literal.spanOf(i, i + 1), length);
        }
        check(literal.spanOf(0, literal.value().length()), length);
      } else if (part instanceof TemplatePart.If directive) {
        parts(directive.whenTrue(), length);
        parts(directive.whenFalse(), length);
      } else if (part instanceof TemplatePart.For directive) {
        parts(directive.body(), length);
      }
    }
  }

  private static void check(Span span, int length) {
    assertThat(span.start().offset()).isBetween(0, length);
    assertThat(span.end().offset()).isBetween(span.start().offset(), length);
  }
}
