package dev.plumbline.core.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

  private static final BaselineEntry PINNED = new BaselineEntry("GHA001",
      ".github/workflows/ci.yml", "0123456789abcdef", 12, "pin \"foo/bar\" to a SHA");
  private static final BaselineEntry PERMS = new BaselineEntry("GHA006",
      ".github/workflows/ci.yml", "fedcba9876543210", 3, "write-all");

  private static String write(Baseline baseline) throws IOException {
    StringWriter out = new StringWriter();
    BaselineFile.write(baseline, out);
    return out.toString();
  }

  private static Baseline read(String text) throws IOException, BaselineFormatException {
    return BaselineFile.read(new StringReader(text), "b.json");
  }

  @Test
  void writesSortedPrettyJsonWithAFinalLineBreak() throws IOException {
    assertThat(write(new Baseline(List.of(PINNED, PERMS)))).isEqualTo("""
        {
          "version": 1,
          "tool": "plumbline",
          "findings": [
            {
              "rule": "GHA006",
              "path": ".github/workflows/ci.yml",
              "fingerprint": "fedcba9876543210",
              "line": 3,
              "message": "write-all"
            },
            {
              "rule": "GHA001",
              "path": ".github/workflows/ci.yml",
              "fingerprint": "0123456789abcdef",
              "line": 12,
              "message": "pin \\"foo/bar\\" to a SHA"
            }
          ]
        }
        """);
    assertThat(write(new Baseline(List.of()))).isEqualTo("""
        {
          "version": 1,
          "tool": "plumbline",
          "findings": []
        }
        """);
  }

  @Test
  void theSameEntriesInAnyOrderGiveTheSameBytes() throws IOException {
    assertThat(write(new Baseline(List.of(PERMS, PINNED, PINNED))))
        .isEqualTo(write(new Baseline(List.of(PINNED, PERMS, PINNED))));
  }

  @Test
  void readsWhatItWrites(@TempDir Path dir) throws Exception {
    Baseline baseline = new Baseline(List.of(PINNED, PERMS, PINNED));
    Path file = dir.resolve("sub/baseline.json");
    BaselineFile.write(baseline, file);
    assertThat(BaselineFile.read(file, "baseline.json").entries())
        .isEqualTo(baseline.entries());
  }

  @Test
  void lineMessageAndToolAreOptional() throws Exception {
    Baseline baseline = read("""
        {"version": 1, "findings": [{"rule": "GHA001", "path": "a.yml", "fingerprint": "ab"}]}""");
    assertThat(baseline.entries())
        .containsExactly(new BaselineEntry("GHA001", "a.yml", "ab", 0, ""));
  }

  @Test
  void mistakesNameTheirLineAndColumn() {
    assertError("{\"version\": 1, \"findings\": [\n  {\"rule\": \"GHA001\", \"paht\": \"a\"}]}",
        "b.json:2:22: unknown field 'paht' (fields: rule, path, fingerprint, line, message)");
    assertError("{\"version\": 1,\n \"findings\": [\n  {\"rule\": \"GHA001\", \"path\": \"a\"}]}",
        "b.json:3:3: missing field 'fingerprint'");
    assertError("{\"version\": 2, \"findings\": []}",
        "b.json:1:13: baseline version 2 is not supported (this Plumbline reads version 1); "
            + "write the baseline again");
    assertError("{\"findings\": []}", "b.json:1:1: missing field 'version'");
    assertError("{\"version\": 1, \"findings\": {}}", "b.json:1:28: 'findings' must be an array");
    assertError("{\"version\": 1, \"findings\": [{\"rule\": 1}]}",
        "b.json:1:38: 'rule' must be a string");
    assertError("{\"version\": 1, \"findings\": [{\"line\": -3}]}",
        "b.json:1:38: 'line' must be a whole number, 0 or more");
    assertError("[]", "b.json:1:1: a baseline is a JSON object with \"version\" and \"findings\"");
    assertError(" \n", "b.json: the file is empty; a baseline is a JSON object with "
        + "\"version\" and \"findings\"");
    assertError("{\"version\": 1, \"version\": 1, \"findings\": []}",
        "b.json:1:25: Duplicate field 'version'");
    assertError("{\"version\": 1, \"findings\": [}", "b.json:1:29: Unexpected close marker '}': "
        + "expected ']'");
    assertError("{\"version\": 1, \"findings\": [", "b.json:1:29: Unexpected end-of-input: "
        + "expected close marker for Array");
  }

  @Test
  void notUtf8IsAnError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("b.json");
    Files.write(file, new byte[] {'{', (byte) 0xff, '}'});
    assertThatThrownBy(() -> BaselineFile.read(file, "b.json"))
        .isInstanceOf(BaselineFormatException.class).hasMessage("b.json: not valid UTF-8");
    Files.writeString(file, "{}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BaselineFile.read(file, "b.json"))
        .hasMessage("b.json:1:1: missing field 'version'");
  }

  private static void assertError(String text, String message) {
    assertThatThrownBy(() -> read(text)).as(text)
        .isInstanceOf(BaselineFormatException.class).hasMessage(message);
  }
}
