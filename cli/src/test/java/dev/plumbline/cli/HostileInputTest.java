package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to crash, hang or exhaust Plumbline, or to hide what it finds: each is linted in a
 * repository beside a clean file with one known finding, and the run must name what is wrong
 * with the hostile file, end with a defined exit status, and still report the other file's
 * finding. Nothing here may hang: every test has a time limit.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

  /** The sibling every run must still lint: one warning, DKR001 at 1:13. */
  private static final String SIBLING = "sibling/Dockerfile";
  private static final int DEEP = 100_000;

  /** A workflow with GHA001 (a note) at 8:32 and no other finding. */
  private static final String WORKFLOW = """
      on: push
      permissions: {}
      jobs:
        build:
          runs-on: ubuntu-latest
          timeout-minutes: 5
          steps:
            - uses: actions/checkout@v4
      """;

  @TempDir
  Path repo;

  @BeforeEach
  void sibling() throws IOException {
    write(SIBLING, "FROM ubuntu:latest\n");
  }

  // ------------------------------------------------------------------------------------ YAML

  @Test
  void billionLaughsIsAnInvalidFileNotAHang() throws IOException {
    StringBuilder laughs = new StringBuilder("on: push\na: &a [lol, lol, lol, lol, lol, lol, "
        + "lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String previous = "*" + (char) (c - 1);
      laughs.append(c).append(": &").append(c).append(" [")
          .append(String.join(", ", Collections.nCopies(9, previous))).append("]\n");
    }
    write(".github/workflows/laughs.yml", laughs + "jobs: {}\n");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.findings(".github/workflows/laughs.yml")).singleElement().satisfies(f -> {
      assertThat(f.at("/ruleId").asText()).isEqualTo("GHA000");
      assertThat(f.at("/message").asText()).isEqualTo("aliases make this document more than "
          + "100,000 nodes larger when read (possible alias bomb; limit max-yaml-alias-nodes)");
    });
    run.assertSiblingLinted();
  }

  @Test
  void tooManyAliasesIsAnInvalidFile() throws IOException {
    String aliases = String.join(", ", Collections.nCopies(2_001, "*x"));
    write(".github/workflows/aliases.yml", "on: push\nx: &x [1]\ny: [" + aliases + "]\n");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.messages(".github/workflows/aliases.yml")).containsExactly("GHA000 more "
        + "than 2,000 aliases to mappings or sequences in one document (possible alias bomb; "
        + "limit max-yaml-aliases)");
    run.assertSiblingLinted();
  }

  @Test
  void mergingOneLargeMappingManyTimesIsReadInLinearTime() throws IOException {
    List<String> variables = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      variables.add("V" + i + ": x");
    }
    write(".gitlab-ci.yml", ".vars: &vars {" + String.join(", ", variables) + "}\n"
        + "build:\n  script: [make]\n  variables:\n    <<: ["
        + String.join(", ", Collections.nCopies(1_500, "*vars")) + "]\n");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.filesLinted()).as("the pipeline and the sibling").isEqualTo(2);
    assertThat(run.json().at("/notifications")).isEmpty();
    run.assertSiblingLinted();
  }

  @Test
  void deepFlowCollectionsStopAtTheDepthLimit() throws IOException {
    write(".github/workflows/deep.yml", "on: push\njobs: " + "[".repeat(DEEP) + "]".repeat(DEEP)
        + "\n");
    write("deploy/deep.yaml", "apiVersion: v1\nkind: Pod\nspec: " + "{a: ".repeat(DEEP)
        + "}".repeat(DEEP) + "\n");
    write(".gitlab-ci.yml", "build: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    // at the collection that goes over: the top-level mapping is the first level
    String tooDeep = "nesting is deeper than 500 levels (limit max-yaml-depth)";
    assertThat(run.positioned(".github/workflows/deep.yml"))
        .containsExactly(tuple("GHA000", 2, 7 + 499, tooDeep));
    assertThat(run.positioned("deploy/deep.yaml"))
        .containsExactly(tuple("K8S000", 3, 7 + 4 * 499, tooDeep));
    assertThat(run.positioned(".gitlab-ci.yml"))
        .containsExactly(tuple("GLC000", 1, 8 + 499, tooDeep));
    run.assertSiblingLinted();
  }

  // --------------------------------------------------------------- HCL, shell, expressions

  @Test
  void deepHclExpressionsStopAtTheDepthLimit() throws IOException {
    write("parens/main.tf", "locals {\n  x = " + "(".repeat(DEEP) + "1" + ")".repeat(DEEP)
        + "\n}\n");
    write("objects/main.tf", "locals {\n  x = " + "{a = ".repeat(DEEP) + "1" + "}".repeat(DEEP)
        + "\n}\n");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    // where the nesting goes over: at the 200th parenthesis, at the key in the 199th object
    assertThat(run.positioned("parens/main.tf")).containsExactly(
        tuple("TF000", 2, 7 + 199, "nesting deeper than 200 levels"));
    assertThat(run.positioned("objects/main.tf")).containsExactly(
        tuple("TF000", 2, 7 + 5 * 198 + 1, "nesting deeper than 200 levels"));
    run.assertSiblingLinted();
  }

  @Test
  void deeplyNestedShellIsReadFlatWithANote() throws IOException {
    String subshells = "(".repeat(DEEP) + "true" + ")".repeat(DEEP);
    write(".github/workflows/sh.yml", WORKFLOW + "      - run: |\n          " + subshells
        + "\n");
    write("docker/Dockerfile", "FROM scratch\nRUN echo " + "$(".repeat(DEEP) + "x"
        + ")".repeat(DEEP) + "\n");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    String readFlat = " nests subshells, groups or substitutions more than 64 deep; the script "
        + "rules read what lies deeper as plain words.";
    assertThat(run.notes(".github/workflows/sh.yml"))
        .containsExactly("note: the script at line 10" + readFlat);
    assertThat(run.notes("docker/Dockerfile")).containsExactly("note: the script at line 2"
        + readFlat);
    assertThat(run.positioned(".github/workflows/sh.yml"))
        .contains(tuple("GHA001", 8, 32, "action 'actions/checkout' is pinned to 'v4', a tag or "
            + "branch its owner can move to different code"));
    assertThat(run.stderr()).contains("plumbline: note: docker/Dockerfile: the script at line 2"
        + readFlat);
    run.assertSiblingLinted();
  }

  @Test
  void deepGitHubExpressionIsAnInvalidExpression() throws IOException {
    write(".github/workflows/expr.yml", WORKFLOW.replace("    timeout-minutes: 5\n",
        "    timeout-minutes: 5\n    if: ${{ " + "(".repeat(DEEP) + "true" + ")".repeat(DEEP)
            + " }}\n"));

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.messages(".github/workflows/expr.yml"))
        .contains("GHA000 invalid expression: expression nested too deeply");
    run.assertSiblingLinted();
  }

  @Test
  void deepGitLabRuleConditionIsNoInternalError() throws IOException {
    write(".gitlab-ci.yml", "build:\n  script: [make]\n  rules:\n    - if: '"
        + "(".repeat(DEEP) + "$CI_COMMIT_BRANCH" + ")".repeat(DEEP) + "'\n");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.filesLinted()).as("the pipeline and the sibling").isEqualTo(2);
    assertThat(run.json().at("/notifications")).isEmpty();
    run.assertSiblingLinted();
  }

  // ----------------------------------------------------------------------- size and bytes

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void aFileOverTheSizeLimitIsSkippedAndLintedWhenTheLimitIsRaised() throws IOException {
    Path big = repo.resolve("big/Dockerfile");
    Files.createDirectories(big.getParent());
    byte[] comment = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("FROM ubuntu:latest\n".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 50 * 1024; i++) {
        out.write(comment);
      }
    }

    Run skipped = lint();
    assertThat(skipped.exit()).isEqualTo(1);
    assertThat(skipped.findings("big/Dockerfile")).isEmpty();
    assertThat(skipped.notes("big/Dockerfile")).containsExactly("warning: skipped: the file is "
        + "50 MB, over the 5 MB limit (limit max-file-size).");
    skipped.assertSiblingLinted();

    write(".plumbline.yml", "limits:\n  max-file-size: 64MB\n");
    Run raised = lint();
    assertThat(raised.exit()).isEqualTo(1);
    assertThat(raised.positioned("big/Dockerfile")).contains(tuple("DKR001", 1, 13,
        "base image 'ubuntu:latest' uses the tag 'latest', which points to a different image "
            + "whenever a new release is pushed"));
    assertThat(raised.json().at("/notifications")).isEmpty();
    raised.assertSiblingLinted();

    Run flag = lint("--max-file-size", "1MB");
    assertThat(flag.notes("big/Dockerfile")).as("the option wins over the configuration")
        .containsExactly("warning: skipped: the file is 50 MB, over the 1 MB limit (limit "
            + "max-file-size).");
    flag.assertSiblingLinted();
  }

  @Test
  void aBinaryDockerfileIsAnInvalidFile() throws IOException {
    byte[] elf = new byte[4096];
    byte[] magic = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
    System.arraycopy(magic, 0, elf, 0, magic.length);
    write("app/Dockerfile", elf);

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.positioned("app/Dockerfile"))
        .containsExactly(tuple("DKR000", 1, 1, "the file is binary (it contains NUL bytes), not "
            + "text"));
    run.assertSiblingLinted();
  }

  @Test
  void invalidUtf8IsAnInvalidFileAtTheBadByte() throws IOException {
    write(".github/workflows/latin1.yml", "on: push\nname: caf\u00e9\n".getBytes(
        StandardCharsets.ISO_8859_1));

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.positioned(".github/workflows/latin1.yml")).containsExactly(tuple("GHA000", 2,
        10, "the file is not valid UTF-8 (byte 18 cannot be decoded); save it as UTF-8"));
    run.assertSiblingLinted();
  }

  @Test
  void aByteOrderMarkDoesNotShiftPositions() throws IOException {
    String bom = "\ufeff";
    write(".github/workflows/bom.yml", bom + WORKFLOW);
    write("bom/Dockerfile", bom + "FROM ubuntu:latest\n");
    write("bom/main.tf", bom + "resource \"aws_s3_bucket\" \"b\" {\n  acl = \"public-read\"\n}\n");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.places(".github/workflows/bom.yml"))
        .containsExactly(List.of("GHA001", 8, 32));
    assertThat(run.places("bom/Dockerfile"))
        .contains(List.of("DKR001", 1, 13));
    assertThat(run.places("bom/main.tf"))
        .contains(List.of("TF101", 2, 9));
    run.assertSiblingLinted();
  }

  @Test
  void crLfLineEndingsKeepLinesAndColumns() throws IOException {
    write(".github/workflows/crlf.yml", WORKFLOW.replace("\n", "\r\n"));
    write("crlf/Dockerfile", "# base\r\nFROM ubuntu:latest\r\n");
    write("crlf/main.tf", "resource \"aws_s3_bucket\" \"b\" {\r\n  acl = \"public-read\"\r\n}\r\n");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.places(".github/workflows/crlf.yml"))
        .containsExactly(List.of("GHA001", 8, 32));
    assertThat(run.places("crlf/Dockerfile"))
        .contains(List.of("DKR001", 2, 13));
    assertThat(run.places("crlf/main.tf"))
        .contains(List.of("TF101", 2, 9));
    run.assertSiblingLinted();
  }

  @Test
  void loneCarriageReturnsAreLineBreaksWhereTheFormatSaysSo() throws IOException {
    write(".github/workflows/cr.yml", WORKFLOW.replace("\n", "\r"));
    write("cr/Dockerfile", "# base\rFROM ubuntu:latest\r");
    write("cr/main.tf", "resource \"aws_s3_bucket\" \"b\" {\r  acl = \"public-read\"\r}\r");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.places(".github/workflows/cr.yml"))
        .containsExactly(List.of("GHA001", 8, 32));
    assertThat(run.places("cr/Dockerfile"))
        .contains(List.of("DKR001", 2, 13));
    // HCL allows only LF and CRLF line endings, as Terraform does
    assertThat(run.positioned("cr/main.tf")).contains(tuple("TF000", 1, 31,
        "a carriage return must be followed by a line feed"));
    run.assertSiblingLinted();
  }

  // ------------------------------------------------------------------ the file system

  @Test
  void symbolicLinkLoopsAreNotFollowed() throws IOException {
    Files.createDirectories(repo.resolve("loop/sub"));
    Files.createSymbolicLink(repo.resolve("loop/sub/up"), Path.of(".."));
    Files.createSymbolicLink(repo.resolve("loop/self"), Path.of("self"));
    Files.createSymbolicLink(repo.resolve("loop/a"), Path.of("b"));
    Files.createSymbolicLink(repo.resolve("loop/b"), Path.of("a"));

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    String unresolved = "note: not followed: symbolic link cannot be resolved.";
    assertThat(run.notes("loop/self")).containsExactly(unresolved);
    assertThat(run.notes("loop/a")).containsExactly(unresolved);
    assertThat(run.notes("loop/b")).containsExactly(unresolved);
    assertThat(run.withFindings()).containsExactly(SIBLING);
    run.assertSiblingLinted();
  }

  @Test
  void nothingOutsideTheScanRootIsReadThroughSymbolicLinks(@TempDir Path elsewhere)
      throws IOException {
    Files.createDirectories(elsewhere.resolve("action"));
    Files.writeString(elsewhere.resolve("action/action.yml"), """
        name: outside
        description: not part of the repository
        inputs:
          outside-secret-input:
            required: true
        runs:
          using: node20
          main: index.js
        """);
    Files.writeString(elsewhere.resolve("ci.yml"), "outside-job:\n  script: [make]\n");
    Files.writeString(elsewhere.resolve("Dockerfile"), "FROM outside:latest\n");
    Files.createSymbolicLink(repo.resolve("linked"), elsewhere);
    Files.createSymbolicLink(repo.resolve("Dockerfile"), elsewhere.resolve("Dockerfile"));
    // the same action inside the repository, to show what reading it would report
    Files.createDirectories(repo.resolve("inside"));
    Files.copy(elsewhere.resolve("action/action.yml"), repo.resolve("inside/action.yml"));
    write(".github/workflows/ci.yml", WORKFLOW + "      - uses: ./linked/action\n"
        + "        with:\n          undeclared: x\n      - uses: ./inside\n");
    write(".gitlab-ci.yml", "include:\n  - local: linked/ci.yml\ntest:\n  script: [make]\n");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    String outside = "note: not followed: symbolic link points outside the scan root.";
    assertThat(run.notes("linked")).containsExactly(outside);
    assertThat(run.notes("Dockerfile")).containsExactly(outside);
    assertThat(run.positioned(".gitlab-ci.yml")).containsExactly(tuple("GLC000", 2, 12,
        "local include 'linked/ci.yml' goes through a symbolic link that leaves the repository; "
            + "Plumbline does not read it"));
    assertThat(run.messages(".github/workflows/ci.yml"))
        .as("the action inside is read, the one through the link is not")
        .containsExactlyInAnyOrder("GHA001 action 'actions/checkout' is pinned to 'v4', a tag "
            + "or branch its owner can move to different code",
            "GHA007 actions/checkout keeps the job's token in .git/config (no "
                + "'persist-credentials: false'), and step 2 and the steps after it run code "
                + "that can read it",
            "GHA018 step 'step 3' does not pass input 'outside-secret-input', which action "
                + "'./inside' requires and gives no default");
    assertThat(run.json().toString()).doesNotContain("outside:latest", "outside-job",
        "undeclared");
    run.assertSiblingLinted();
  }

  @Test
  void anUnreadableFileOrDirectoryIsAWarning() throws IOException {
    write("locked/Dockerfile", "FROM ubuntu:latest\n");
    write("closed/Dockerfile", "FROM ubuntu:latest\n");
    Files.setPosixFilePermissions(repo.resolve("locked/Dockerfile"),
        PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(repo.resolve("closed"),
        PosixFilePermissions.fromString("---------"));
    try {
      Run run = lint();

      assertThat(run.exit()).isEqualTo(1);
      run.assertSiblingLinted();
      if (Files.isReadable(repo.resolve("locked/Dockerfile"))) {
        // run as root, permissions do not keep Plumbline out: the files are simply linted
        assertThat(run.findings("locked/Dockerfile")).isNotEmpty();
        return;
      }
      assertThat(run.notes("locked/Dockerfile"))
          .containsExactly("warning: not read: permission denied.");
      assertThat(run.notes("closed"))
          .containsExactly("warning: skipped: directory cannot be read (permission denied).");
    } finally {
      Files.setPosixFilePermissions(repo.resolve("closed"),
          PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aNamedPipeIsNeverOpened() throws IOException, InterruptedException {
    Path fifo = repo.resolve(".gitlab-ci.yml");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");

    Run walked = lint();
    assertThat(walked.exit()).isEqualTo(1);
    assertThat(walked.notes(".gitlab-ci.yml"))
        .containsExactly("note: skipped: not a regular file (named pipe).");
    walked.assertSiblingLinted();

    CliRun named = CliRun.in(repo, Map.of(), "--format", "json", ".gitlab-ci.yml", SIBLING);
    assertThat(named.exitCode()).isEqualTo(1);
    assertThat(named.stderr())
        .contains("plumbline: warning: .gitlab-ci.yml: skipped: not a regular file (named pipe).");
    JsonNode report = new ObjectMapper().readTree(named.stdout());
    assertThat(report.at("/findings/0/path").asText()).isEqualTo(SIBLING);
  }

  @Test
  void fileNamesWithSpacesUnicodeNewlinesAndEscapes() throws IOException {
    write(".github/workflows/with space.yml", WORKFLOW);
    write(".github/workflows/\u00fcn\u00efc\u00f8d\u00e9-\u6f22\u5b57.yml", WORKFLOW);
    write("new\nline/Dockerfile", "FROM ubuntu:latest\n");
    write("red\u001b[31mdir/Dockerfile", "FROM ubuntu:latest\n");

    Run run = lint();
    CliRun console = CliRun.in(repo, Map.of(), "--no-color", ".");

    assertThat(run.exit()).isEqualTo(1);
    for (String path : List.of(".github/workflows/with space.yml",
        ".github/workflows/\u00fcn\u00efc\u00f8d\u00e9-\u6f22\u5b57.yml")) {
      assertThat(run.places(path))
          .containsExactly(List.of("GHA001", 8, 32));
    }
    assertThat(run.positioned("new\nline/Dockerfile")).extracting(t -> t.toList().get(0))
        .contains("DKR001");
    assertThat(run.positioned("red\u001b[31mdir/Dockerfile")).extracting(t -> t.toList().get(0))
        .contains("DKR001");
    assertThat(console.stdout()).contains("new\\x0aline/Dockerfile:1:13: warning[DKR001]",
        "red\\x1b[31mdir/Dockerfile:1:13: warning[DKR001]",
        "\u00fcn\u00efc\u00f8d\u00e9-\u6f22\u5b57.yml:8:32: note[GHA001]")
        .doesNotContain("\u001b");
    run.assertSiblingLinted();
  }

  @Test
  void aNameThatIsNotValidInTheFileNameEncodingIsStillLinted()
      throws IOException, InterruptedException {
    // bytes no encoding maps back: listing gives U+FFFD, and only the entry finds the file
    assumeTrue(shell("mkdir \"$(printf 'bad\\377')\" && printf 'FROM ubuntu:latest\\n' "
        + "> \"$(printf 'bad\\377')/Dockerfile\""), "no POSIX shell");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    // shown as the platform decodes the name (a replacement character), read by its bytes
    String shown = run.withFindings().stream().filter(p -> p.startsWith("bad")).findFirst()
        .orElseThrow(() -> new AssertionError("no finding in bad\\377/Dockerfile"));
    assertThat(shown).endsWith("/Dockerfile");
    assertThat(run.places(shown))
        .contains(List.of("DKR001", 1, 13));
    run.assertSiblingLinted();
  }

  // ------------------------------------------------------------------------- the terminal

  @Test
  void escapeSequencesAreEscapedOnTheConsoleAndIntactInReports(@TempDir Path reports)
      throws IOException {
    String red = "\u001b[31m";
    String link = "\u001b]8;;http://x\u0007";
    write(".github/workflows/escapes.yml", "on: push\npermissions: {}\njobs:\n  build:\n"
        + "    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n"
        + "      - uses: \"actions/checkout\\e[31m\\e]8;;http://x\\a@v4\"\n");
    write("escapes/Dockerfile", "FROM scratch\nRUN echo " + red + "hi" + link
        + " && curl -fsSL http://x | sh\n");
    Path sarif = reports.resolve("out.sarif");

    CliRun console = CliRun.in(repo, Map.of(), "--no-color", "--format", "console",
        "--format", "sarif=" + sarif, ".");
    Run json = lint();

    assertThat(console.exitCode()).isEqualTo(1);
    String invalid = "'actions/checkout" + red + link + "@v4' is not a valid reference";
    assertThat(console.stdout()).doesNotContain("\u001b", "\u0007")
        .contains("escapes.yml:8:15: error[GHA000] 'actions/checkout\\x1b[31m\\x1b]8;;http://x"
            + "\\x07@v4' is not a valid reference")
        .contains("2 | RUN echo \\x1b[31mhi\\x1b]8;;http://x\\x07 && curl -fsSL http://x | sh");
    assertThat(json.messages(".github/workflows/escapes.yml"))
        .anySatisfy(m -> assertThat(m).startsWith("GHA000 " + invalid));
    JsonNode results = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results");
    assertThat(StreamSupport.stream(results.spliterator(), false)
        .map(r -> r.at("/message/text").asText()))
        .anySatisfy(m -> assertThat(m).startsWith(invalid));
    json.assertSiblingLinted();
  }

  // ------------------------------------------------------------------------------ limits

  @Test
  void discoveryStopsAtTheLimitOfFiles() throws IOException {
    for (int i = 1; i <= 5; i++) {
      write("z" + i + "/Dockerfile", "FROM ubuntu:latest\n");
    }
    write(".plumbline.yml", "limits:\n  max-files: 4\n");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.withFindings()).containsExactly(SIBLING, "z1/Dockerfile", "z2/Dockerfile");
    assertThat(run.filesLinted()).isEqualTo(3);
    assertThat(run.notes("z3/Dockerfile")).containsExactly("warning: not linted, nor any file "
        + "found after it: the run already has 4 files (limit max-files).");
    run.assertSiblingLinted();
  }

  @Test
  void findingsOverTheLimitOfAFileAreDroppedWithOneWarning() throws IOException {
    write("many/Dockerfile", "FROM ubuntu:latest\n".repeat(20));
    write(".plumbline.yml", "limits:\n  max-findings-per-file: 3\n");

    Run run = lint();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.findings("many/Dockerfile")).hasSize(3);
    assertThat(run.notes("many/Dockerfile")).singleElement().asString()
        .matches("warning: findings dropped: the file has \\d+ more findings than the 3 "
            + "reported \\(limit max-findings-per-file\\)\\.");
    run.assertSiblingLinted();
  }

  // ----------------------------------------------------------------------------- helpers

  private void write(String path, String text) throws IOException {
    write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String path, byte[] bytes) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private boolean shell(String script) throws InterruptedException {
    try {
      return new ProcessBuilder("sh", "-c", script).directory(repo.toFile()).start()
          .waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Lints the repository with the JSON report on standard output, no external program. */
  private Run lint(String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of(options));
    args.addAll(List.of("--format", "json", "."));
    CliRun run = CliRun.in(repo, Map.of(), args.toArray(String[]::new));
    assertThat(run.stderr()).as("no stack trace").doesNotContain("Exception", "\tat ");
    return new Run(run.exitCode(), new ObjectMapper().readTree(run.stdout()), run.stderr());
  }

  /** A run's exit status, JSON report and standard error. */
  private record Run(int exit, JsonNode json, String stderr) {

    List<JsonNode> findings(String path) {
      return StreamSupport.stream(json.at("/findings").spliterator(), false)
          .filter(f -> f.at("/path").asText().equals(path)).toList();
    }

    /** {@code ID message} of each finding of the file. */
    List<String> messages(String path) {
      return findings(path).stream()
          .map(f -> f.at("/ruleId").asText() + " " + f.at("/message").asText()).toList();
    }

    /** (ID, line, column, message) of each finding of the file. */
    /** {@code [ruleId, line, column]} of each finding in the path. */
    List<List<Object>> places(String path) {
      return positioned(path).stream().map(t -> t.toList().subList(0, 3)).toList();
    }

    List<Tuple> positioned(String path) {
      return findings(path).stream().map(f -> tuple(f.at("/ruleId").asText(),
          f.at("/start/line").asInt(), f.at("/start/column").asInt(),
          f.at("/message").asText())).toList();
    }

    /** {@code level: message} of each notification about the path. */
    List<String> notes(String path) {
      return StreamSupport.stream(json.at("/notifications").spliterator(), false)
          .filter(n -> n.at("/path").asText().equals(path))
          .map(n -> n.at("/level").asText() + ": " + n.at("/message").asText()).toList();
    }

    /** The paths with findings, sorted and each once. */
    List<String> withFindings() {
      return StreamSupport.stream(json.at("/findings").spliterator(), false)
          .map(f -> f.at("/path").asText()).distinct().sorted().toList();
    }

    int filesLinted() {
      return json.at("/summary/filesLinted").asInt();
    }

    void assertSiblingLinted() {
      assertThat(positioned(SIBLING)).as("the clean sibling's finding")
          .contains(tuple("DKR001", 1, 13, "base image 'ubuntu:latest' uses the tag 'latest', "
              + "which points to a different image whenever a new release is pushed"));
    }
  }
}
