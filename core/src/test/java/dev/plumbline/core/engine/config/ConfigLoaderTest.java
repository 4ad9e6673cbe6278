package dev.plumbline.core.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plumbline.core.engine.Limits;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private static final Path FILE = Path.of("/repo/.plumbline.yml");
  private static final ConfigLoader LOADER = new ConfigLoader(ConfigTestRules.REGISTRY);

  private static Config load(String yaml) {
    return LOADER.parse(SourceFile.of(".plumbline.yml", yaml), FILE);
  }

  /** The problems of a configuration that must not load, as printed. */
  private static List<String> problems(String yaml) {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(yaml));
    assertThat(e).as("a configuration with problems").isNotNull();
    return e.problems().stream().map(ConfigProblem::toString).toList();
  }

  @Test
  void everySettingIsRead() {
    Config config = load("""
        fail-on: error
        exclude:
          - vendor/
          - "*.generated.yml"
        rules:
          GHA902: off
          test-opinion: note
          gha901:
            severity: error
            options:
              trusted-owners: [actions, my-org]
              strict: true
              max-depth: 5
              style: short
        overrides:
          - files: [legacy/]
            rules:
              test-pinning: off
          - files: ["legacy/new/**", "!legacy/new/old.yml"]
            rules:
              GHA901: {options: {strict: false}}
        """);

    assertThat(config.file()).contains(FILE);
    assertThat(config.directory()).isEqualTo(Path.of("/repo"));
    assertThat(config.failOn()).contains(FailOn.ERROR);
    assertThat(config.exclude()).containsExactly("vendor/", "*.generated.yml");
    assertThat(config.rules()).containsExactly(
        Map.entry("GHA902", RuleConfig.off()),
        Map.entry("GHA903", RuleConfig.severity(Severity.NOTE)),
        Map.entry("GHA901", new RuleConfig(Optional.of(true), Optional.of(Severity.ERROR),
            Map.of("trusted-owners", List.of("actions", "my-org"), "strict", true,
                "max-depth", 5, "style", "short"))));
    assertThat(config.overrides()).containsExactly(
        new Config.FileOverride(List.of("legacy/"), Map.of("GHA901", RuleConfig.off())),
        new Config.FileOverride(List.of("legacy/new/**", "!legacy/new/old.yml"),
            Map.of("GHA901", RuleConfig.options(Map.of("strict", false)))));
  }

  @Test
  void severityOffInAMappingTurnsTheRuleOffAndOptionsAloneLeaveItAsItIs() {
    Config config = load("""
        rules:
          GHA901:
            severity: off
            options: {style: short}
          GHA903:
            options: {}
        """);

    assertThat(config.rules()).containsExactly(
        Map.entry("GHA901", new RuleConfig(Optional.of(false), Optional.empty(),
            Map.of("style", "short"))),
        Map.entry("GHA903", RuleConfig.options(Map.of())));
  }

  @Test
  void emptyFilesAndEmptySectionsAreDefaults() {
    for (String yaml : new String[] {"", "# nothing yet\n",
        "exclude:\nrules:\noverrides:\nlimits:\n", "rules:\n  GHA901:\n    options:\n"}) {
      Config config = load(yaml);
      assertThat(config.limits()).as(yaml).isEqualTo(Limits.DEFAULT);
      assertThat(config.failOn()).as(yaml).isEmpty();
      assertThat(config.exclude()).as(yaml).isEmpty();
      assertThat(config.overrides()).as(yaml).isEmpty();
      assertThat(config.rules().values()).as(yaml)
          .allMatch(c -> c.equals(RuleConfig.options(Map.of())));
    }
  }

  @Test
  void unknownKeysAreErrorsWithASuggestion() {
    assertThat(problems("""
        fail-on: error
        exlude: [vendor/]
        overrides:
          - file: [a/]
            rules: {}
        """)).containsExactly(
            ".plumbline.yml:2:1: unknown key 'exlude' in a configuration file; "
                + "did you mean 'exclude'?",
            ".plumbline.yml:4:5: unknown key 'file' in an override; did you mean 'files'?",
            ".plumbline.yml:4:5: 'overrides' item 1 has no 'files'");
  }

  @Test
  void limitsAreReadOverTheDefaults() {
    Config config = load("""
        limits:
          max-file-size: 10MB
          max-files: 500
          max-findings-per-file: 20
          max-yaml-aliases: 0
          max-yaml-alias-nodes: 1000
          max-yaml-depth: 64
        """);
    assertThat(config.limits()).isEqualTo(new Limits(10L << 20, 500, 20, 0, 1000, 64));
    assertThat(load("limits:\n  max-file-size: 123\n").limits())
        .isEqualTo(Limits.DEFAULT.withMaxFileBytes(123));
  }

  @Test
  void limitsMustBeKnownAndInRange() {
    assertThat(problems("""
        limits:
          max-file-size: huge
          max-filez: 10
          max-files: 0
          max-yaml-depth: [1]
          max-findings-per-file: 1.5
          max-yaml-aliases: 3000000000
          max-yaml-alias-nodes: -1
        """)).containsExactly(
            ".plumbline.yml:2:18: 'max-file-size' must be a size from 1 byte to 1 GB, such as "
                + "10MB (a number of bytes, or a whole number with KB, MB or GB), not the string "
                + "'huge'",
            ".plumbline.yml:3:3: unknown key 'max-filez' in a limits section; did you mean "
                + "'max-files'?",
            ".plumbline.yml:4:14: 'max-files' must be a whole number from 1 to 2,147,483,647, "
                + "not 0",
            ".plumbline.yml:5:19: 'max-yaml-depth' must be a whole number from 1 to "
                + "2,147,483,647, not a sequence",
            ".plumbline.yml:6:26: 'max-findings-per-file' must be a whole number from 1 to "
                + "2,147,483,647, not 1.5",
            ".plumbline.yml:7:21: 'max-yaml-aliases' must be a whole number from 0 to "
                + "2,147,483,647, not 3000000000",
            ".plumbline.yml:8:25: 'max-yaml-alias-nodes' must be a whole number from 0 to "
                + "2,147,483,647, not -1");
    assertThat(problems("limits:\n  max-file-size: 2GB\n")).singleElement().asString()
        .contains("'max-file-size' must be a size from 1 byte to 1 GB");
  }

  @Test
  void failOnMustBeALevelOrNever() {
    assertThat(problems("fail-on: sometimes\n")).containsExactly(
        ".plumbline.yml:1:10: 'fail-on' must be error, warning, note or never, "
            + "not the string 'sometimes'");
    assertThat(problems("fail-on: 1\n")).containsExactly(
        ".plumbline.yml:1:10: 'fail-on' must be error, warning, note or never, not a number");
    assertThat(problems("fail-on: [error]\n")).containsExactly(
        ".plumbline.yml:1:10: 'fail-on' must be a string, not a sequence");
  }

  @Test
  void excludeIsAListOfPatterns() {
    assertThat(problems("exclude: vendor/\n")).containsExactly(
        ".plumbline.yml:1:10: 'exclude' must be a list of strings, not the string 'vendor/'");
    assertThat(problems("""
        exclude:
          - 12
          - "#generated"
          - ""
          -
          - ok/
        """)).containsExactly(
            ".plumbline.yml:2:5: 'exclude' item 1 must be a string, not a number",
            ".plumbline.yml:3:5: 'exclude' item 2 starts with '#', which makes it a comment in "
                + ".gitignore syntax; write \\# to match a '#'",
            ".plumbline.yml:4:5: 'exclude' item 3 is an empty pattern",
            ".plumbline.yml:5:4: 'exclude' item 4 must be a string, not empty");
  }

  @Test
  void unknownRulesAreErrorsWithASuggestion() {
    assertThat(problems("""
        rules:
          test-pining: off
          GHA91: error
          frobnicate: warning
        """)).containsExactly(
            ".plumbline.yml:2:3: unknown rule 'test-pining'; did you mean 'test-pinning'?",
            ".plumbline.yml:3:3: unknown rule 'GHA91'; did you mean 'GHA901'?",
            ".plumbline.yml:4:3: unknown rule 'frobnicate'");
  }

  @Test
  void aRuleIsSetToOffASeverityOrAMapping() {
    assertThat(problems("""
        rules:
          GHA901: warn
          GHA902: eror
          GHA903:
        """)).containsExactly(
            ".plumbline.yml:2:11: 'GHA901' must be off, error, warning, note or a mapping of "
                + "severity and options, not the string 'warn'",
            ".plumbline.yml:3:11: 'GHA902' must be off, error, warning, note or a mapping of "
                + "severity and options, not the string 'eror'; did you mean 'error'?",
            ".plumbline.yml:4:10: 'GHA903' must be off, error, warning, note or a mapping of "
                + "severity and options, not empty");
    assertThat(problems("rules:\n  test-pinning: [error]\n")).containsExactly(
        ".plumbline.yml:2:17: 'test-pinning' must be off, error, warning, note or a mapping of "
            + "severity and options, not a sequence");
  }

  @Test
  void theSettingsOfARuleAreSeverityAndOptions() {
    assertThat(problems("""
        rules:
          GHA901:
            severity: high
            level: error
            severty: note
          GHA902:
            options: [a]
        """)).containsExactly(
            ".plumbline.yml:3:15: 'severity' must be off, error, warning or note, "
                + "not the string 'high'",
            ".plumbline.yml:4:5: unknown key 'level' in the settings of 'GHA901'; a rule's "
                + "settings are severity and options",
            ".plumbline.yml:5:5: unknown key 'severty' in the settings of 'GHA901'; "
                + "did you mean 'severity'?",
            ".plumbline.yml:7:14: 'options' must be a mapping of option names to values, "
                + "not a sequence");
  }

  @Test
  void optionsMustBeDeclaredByTheRule() {
    assertThat(problems("""
        rules:
          GHA901:
            options:
              trusted-owner: [a]
              colour: red
          test-injection:
            options: {trusted-owners: [a]}
        """)).containsExactly(
            ".plumbline.yml:4:7: rule GHA901 (test-pinning) has no option 'trusted-owner'; "
                + "did you mean 'trusted-owners'?",
            ".plumbline.yml:5:7: rule GHA901 (test-pinning) has no option 'colour'; its options "
                + "are max-depth, strict, style or trusted-owners",
            ".plumbline.yml:7:15: rule GHA902 (test-injection) has no options");
  }

  @Test
  void optionValuesMustHaveTheDeclaredType() {
    assertThat(problems("""
        rules:
          GHA901:
            options:
              trusted-owners: actions
              strict: "yes"
              max-depth: deep
              style: 12
        """)).containsExactly(
            ".plumbline.yml:4:23: option 'trusted-owners' must be a list of strings, "
                + "not the string 'actions'",
            ".plumbline.yml:5:15: option 'strict' must be true or false, not the string 'yes'",
            ".plumbline.yml:6:18: option 'max-depth' must be a whole number, "
                + "not the string 'deep'",
            ".plumbline.yml:7:14: option 'style' must be a string, not a number");
    assertThat(problems("""
        rules:
          GHA901:
            options:
              trusted-owners: [actions, 7, [x]]
              max-depth: 4294967296
        """)).containsExactly(
            ".plumbline.yml:4:33: option 'trusted-owners' item 2 must be a string, not a number",
            ".plumbline.yml:4:36: option 'trusted-owners' item 3 must be a string, "
                + "not a sequence",
            ".plumbline.yml:5:18: option 'max-depth' must be a whole number from -2147483648 "
                + "to 2147483647, not 4294967296");
  }

  @Test
  void aRuleIsConfiguredOnceWhetherByIdOrName() {
    assertThat(problems("""
        rules:
          GHA901: off
          test-pinning: error
          gha901: note
        """)).containsExactly(
            ".plumbline.yml:3:3: 'test-pinning' names the same rule as 'GHA901' on line 2; "
                + "configure each rule once",
            ".plumbline.yml:4:3: 'gha901' names the same rule as 'GHA901' on line 2; "
                + "configure each rule once");
    assertThat(problems("rules:\n  GHA901: off\n  GHA901: error\n")).containsExactly(
        ".plumbline.yml:3:3: duplicate key 'GHA901' (first defined at line 2)");
  }

  @Test
  void overridesNeedFilesAndKnownRules() {
    assertThat(problems("""
        overrides:
          - rules: {GHA901: off}
          - files: []
          - files: legacy/
          - files: [a/]
            rules:
              GHA999: off
        """)).containsExactly(
            ".plumbline.yml:2:5: 'overrides' item 1 has no 'files'",
            ".plumbline.yml:3:12: 'files' is empty; list the paths the override is for",
            ".plumbline.yml:4:12: 'files' must be a list of strings, not the string 'legacy/'",
            ".plumbline.yml:7:7: unknown rule 'GHA999'; did you mean 'GHA901'?");
  }

  @Test
  void yamlProblemsAndTheShapeOfTheFileAreReported() {
    assertThat(problems("rules:\n  GHA901: [off\n")).singleElement().asString()
        .startsWith(".plumbline.yml:3:1: YAML syntax error: ");
    assertThat(problems("- GHA901\n")).containsExactly(
        ".plumbline.yml:1:1: a configuration file is a mapping of settings (fail-on, exclude, "
            + "rules, overrides, limits), not a sequence");
    assertThat(problems("fail-on: error\n---\nfail-on: note\n")).containsExactly(
        ".plumbline.yml:3:1: a configuration file holds one YAML document; this is a second one");
    assertThat(problems("fail-on: error\nfail-on: note\n")).containsExactly(
        ".plumbline.yml:2:1: duplicate key 'fail-on' (first defined at line 1)");
  }

  @Test
  void everyProblemOfTheFileIsReportedInOrder() {
    assertThat(problems("""
        rules:
          GHA901: loud
        fail-on: always
        exclude: [12]
        """)).containsExactly(
            ".plumbline.yml:2:11: 'GHA901' must be off, error, warning, note or a mapping of "
                + "severity and options, not the string 'loud'",
            ".plumbline.yml:3:10: 'fail-on' must be error, warning, note or never, "
                + "not the string 'always'",
            ".plumbline.yml:4:11: 'exclude' item 1 must be a string, not a number");
  }

  @Test
  void mergeKeysShareSettings() {
    Config config = load("""
        rules: &base
          GHA902: off
        overrides:
          - files: [a/]
            rules:
              <<: *base
              GHA903: error
        """);

    assertThat(config.overrides().get(0).rules()).containsOnly(
        Map.entry("GHA902", RuleConfig.off()),
        Map.entry("GHA903", RuleConfig.severity(Severity.ERROR)));
  }

  @Test
  void loadReadsTheFileAndNamesItAsTold(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(".plumbline.yml");
    Files.writeString(file, "fail-on: note\n");
    Config config = LOADER.load(file, "sub/.plumbline.yml");
    assertThat(config.failOn()).contains(FailOn.NOTE);
    assertThat(config.directory()).isEqualTo(dir.toAbsolutePath().normalize());

    Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
    assertThat(catchThrowableOfType(ConfigException.class,
        () -> LOADER.load(file, "sub/.plumbline.yml")).getMessage())
        .isEqualTo("sub/.plumbline.yml:1:4: the file is not valid UTF-8 (byte 3 cannot be "
            + "decoded); save it as UTF-8");

    assertThat(catchThrowableOfType(ConfigException.class,
        () -> LOADER.load(dir.resolve("missing.yml"), "missing.yml")).getMessage())
        .isEqualTo("missing.yml: no such configuration file");
  }
}
