package dev.plumbline.core.engine.external;

import dev.plumbline.core.engine.Notification;
import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.tool.ExternalTools;
import dev.plumbline.core.rule.tool.ShellcheckDiagnostic;
import dev.plumbline.core.rule.tool.ShellcheckLevel;
import dev.plumbline.core.rule.tool.ShellcheckSettings;
import dev.plumbline.core.rule.tool.ShellcheckTool;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The external programs as one run sees them. A program that fails on a script is a warning for
 * that file; a setting the toolbox cannot use is a warning given once per run, without a file.
 */
public final class ToolSession {

  private static final Pattern CODE = Pattern.compile("(?i)(?:SC)?(\\d{1,5})");

  private final Toolbox toolbox;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  ToolSession(Toolbox toolbox) {
    this.toolbox = toolbox;
  }

  /**
   * The tools for one rule on one file.
   *
   * @param rule   the rule that asks
   * @param path   the linted file, for notifications
   * @param notify where the file's notifications go
   */
  public ExternalTools forRule(RuleDescriptor rule, String path, Consumer<Notification> notify) {
    if (!toolbox.runsPrograms()) {
      return ExternalTools.NONE;
    }
    ShellcheckTool shellcheck = (script, settings) -> check(rule, path, notify, script, settings);
    return () -> shellcheck;
  }

  private List<ShellcheckDiagnostic> check(RuleDescriptor rule, String path,
      Consumer<Notification> notify, Script script, ShellcheckSettings settings) {
    ShellcheckRunner.Options options = options(rule, notify, settings);
    ProgramFinder.Lookup lookup = toolbox.find("shellcheck", settings.executable().strip());
    if (lookup instanceof ProgramFinder.Missing missing) {
      if (missing.configured()) {
        warnOnce(rule, notify, missing.reason() + "; the rule reports nothing");
      }
      return List.of();
    }
    try {
      return toolbox.shellcheck().check(((ProgramFinder.Found) lookup).path(), script, options);
    } catch (ToolFailure e) {
      notify.accept(new Notification(Severity.WARNING, "rule " + rule.id() + ": shellcheck "
          + e.getMessage() + " on the script at line " + script.span(0, 0).start().line()
          + "; that script was not checked", Optional.of(path), Optional.of(rule.id()),
          Optional.empty()));
      return List.of();
    }
  }

  /** The settings checked; a value that cannot be used is warned about and left out. */
  private ShellcheckRunner.Options options(RuleDescriptor rule, Consumer<Notification> notify,
      ShellcheckSettings settings) {
    SortedSet<Integer> exclude = new TreeSet<>();
    for (String code : settings.exclude()) {
      Matcher m = CODE.matcher(code.strip());
      if (m.matches()) {
        exclude.add(Integer.parseInt(m.group(1)));
      } else {
        warnOnce(rule, notify, "'" + code + "' is not a ShellCheck code such as SC2086; it is "
            + "not excluded");
      }
    }
    String label = settings.minimumLevel().strip().toLowerCase(Locale.ROOT);
    Optional<ShellcheckLevel> level = ShellcheckLevel.fromLabel(label);
    if (level.isEmpty()) {
      warnOnce(rule, notify, "'" + settings.minimumLevel() + "' is not a ShellCheck level ("
          + Arrays.stream(ShellcheckLevel.values()).map(ShellcheckLevel::label)
              .collect(Collectors.joining(", ")) + "); every level is reported");
    }
    return new ShellcheckRunner.Options(exclude, level.orElse(ShellcheckLevel.STYLE));
  }

  /** A warning about the run rather than a file, given by the first file that meets it. */
  private void warnOnce(RuleDescriptor rule, Consumer<Notification> notify, String message) {
    String full = "rule " + rule.id() + ": " + message;
    if (warned.add(full)) {
      notify.accept(new Notification(Severity.WARNING, full, Optional.empty(),
          Optional.of(rule.id()), Optional.empty()));
    }
  }
}
