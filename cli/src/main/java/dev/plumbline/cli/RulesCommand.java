package dev.plumbline.cli;

import dev.plumbline.core.engine.external.Toolbox;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.rule.docs.DocGen;
import dev.plumbline.core.rule.docs.RuleCatalogJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List every rule: ID, name, default severity and what it flags; or write the "
        + "rule reference.")
final class RulesCommand implements Callable<Integer> {

  private final Environment environment;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default), markdown (the index page of the rule reference) or json "
          + "(every rule with its metadata, options and explanation).")
  String format;

  @Option(names = "--write-docs", paramLabel = "DIR",
      description = "Write the rule reference into DIR instead: one Markdown page per rule and "
          + "README.md, the index; generated pages of rules that no longer exist are removed. "
          + "This repository's docs/rules is made with: " + DocGen.COMMAND)
  Path writeDocs;

  @Option(names = "--fixtures", paramLabel = "DIR",
      description = "With --write-docs: show each rule's test fixtures from DIR "
          + "(testdata/fixtures) on its page as examples.")
  Path fixtures;

  RulesCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    List<RuleDescriptor> rules = RuleRegistry.load().all();
    if (writeDocs != null) {
      writeDocs(rules);
      return 0;
    }
    if (fixtures != null) {
      throw new ParameterException(spec.commandLine(), "--fixtures works with --write-docs");
    }
    PrintWriter out = environment.out();
    // only what the machine has: the generated reference (markdown) stays the same everywhere
    Toolbox tools = Toolbox.fromPath(environment.variables().get("PATH"), List.of());
    switch (format) {
      case "table" -> table(rules, tools, out);
      case "markdown" -> out.print(DocGen.index(rules));
      case "json" -> json(rules, tools, out);
      default -> throw new ParameterException(spec.commandLine(),
          "unknown format '" + format + "' (formats: table, markdown, json)");
    }
    out.flush();
    return 0;
  }

  private void writeDocs(List<RuleDescriptor> rules) {
    Path base = environment.workingDirectory();
    Optional<Path> fixtureDir = Optional.ofNullable(fixtures).map(base::resolve);
    if (fixtureDir.isPresent() && !Files.isDirectory(fixtureDir.get())) {
      throw new UserException("no such directory: " + fixtures);
    }
    SortedMap<String, String> pages;
    try {
      pages = DocGen.pages(rules, fixtureDir);
    } catch (UncheckedIOException e) {
      throw new UserException("cannot read the fixtures in " + fixtures + ": "
          + e.getCause().getMessage());
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    List<String> removed;
    try {
      removed = DocGen.write(base.resolve(writeDocs), pages);
    } catch (IOException e) {
      throw new UserException("cannot write the rule reference to " + writeDocs + ": "
          + e.getMessage());
    }
    environment.out().print("Wrote " + pages.size() + " pages to " + writeDocs
        + (removed.isEmpty() ? "" : "; removed " + String.join(", ", removed)) + ".\n");
    environment.out().flush();
  }

  private static void json(List<RuleDescriptor> rules, Toolbox tools, PrintWriter out) {
    try {
      RuleCatalogJson.write(rules, tools::inactiveReason, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(List<RuleDescriptor> rules, Toolbox tools, PrintWriter out) {
    int nameWidth = Math.max(4, rules.stream().mapToInt(r -> r.name().length()).max().orElse(0));
    String row = "%-7s %-" + nameWidth + "s  %-8s %s%n";
    out.printf(row, "ID", "NAME", "SEVERITY", "SUMMARY");
    for (RuleDescriptor rule : rules) {
      out.printf(row, rule.id(), rule.name(), severity(rule), rule.summary()
          + tools.inactiveReason(rule).map(why -> " (inactive: " + why + ")").orElse(""));
    }
    out.printf("%n%d rules. 'plumbline explain ID' shows a rule's documentation.%n", rules.size());
  }

  private static String severity(RuleDescriptor rule) {
    return rule.enabledByDefault() ? rule.defaultSeverity().label() : "off";
  }
}
