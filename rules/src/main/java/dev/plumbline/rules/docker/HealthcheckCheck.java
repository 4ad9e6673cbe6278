package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Flag;
import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.Healthcheck;
import dev.plumbline.core.rule.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** HEALTHCHECK NONE or CMD, and its durations and retries. */
final class HealthcheckCheck {

  /** A Go duration as Docker parses it: {@code 30s}, {@code 1m30s}, {@code 500ms}, {@code 0}. */
  private static final Pattern DURATION =
      Pattern.compile("0|(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|ms|s|m|h)"
          + "(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:ns|us|µs|ms|s|m|h))*");
  private static final List<String> DURATIONS =
      List.of("interval", "timeout", "start-period", "start-interval");

  private HealthcheckCheck() {}

  static void check(Healthcheck check, RuleContext ctx) {
    List<Word> args = check.arguments();
    if (args.isEmpty()) {
      ctx.report(check.keywordSpan(), "HEALTHCHECK needs CMD <command> or NONE");
      return;
    }
    Word type = args.get(0);
    String upper = type.value().toUpperCase(Locale.ROOT);
    if (upper.equals("NONE")) {
      if (args.size() > 1) {
        ctx.report(args.get(1).span().union(args.get(args.size() - 1).span()),
            "HEALTHCHECK NONE takes no arguments");
      }
      return;
    }
    if (!upper.equals("CMD")) {
      ctx.report(type.span(), "unknown HEALTHCHECK type '" + type.text() + "': use CMD or NONE");
      return;
    }
    if (args.size() < 2) {
      ctx.report(type.span(), "HEALTHCHECK CMD needs a command");
    }
    for (Flag flag : check.flags()) {
      String value = flag.valueText().orElse("");
      if (flag.value().isEmpty() || value.isEmpty()) {
        continue; // reported as a missing value
      }
      if (DURATIONS.contains(flag.name()) && !DURATION.matcher(value).matches()) {
        ctx.report(flag.valueSpan(), "--" + flag.name() + " takes a duration such as 30s or 1m30s, "
            + "not '" + value + "'");
      } else if (flag.name().equals("retries") && !value.matches("[0-9]{1,9}")) {
        ctx.report(flag.valueSpan(), "--retries takes a whole number, not '" + value + "'");
      }
    }
  }
}
