package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plumbline.core.engine.external.Toolbox;
import dev.plumbline.core.rule.RuleDescriptor;
import dev.plumbline.core.rule.tool.RequiresTool;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The external programs of this machine, for tests of rules that need one (SH011 needs
 * shellcheck). Where a program is missing such a test is skipped; CI installs the programs and
 * sets {@code PLUMBLINE_REQUIRE_<PROGRAM>=1} ({@code PLUMBLINE_REQUIRE_SHELLCHECK=1}) so that a
 * missing one fails instead.
 */
public final class InstalledTools {

  private static final Toolbox TOOLBOX = Toolbox.fromPath(System.getenv("PATH"), List.of());

  private InstalledTools() {}

  /** The programs on this machine's {@code PATH}. */
  public static Toolbox toolbox() {
    return TOOLBOX;
  }

  /** Whether the rule needs a program. */
  public static boolean needsTool(RuleDescriptor rule) {
    return rule.type().isAnnotationPresent(RequiresTool.class);
  }

  /** Skips the calling test when the rule's program is missing (fails it where CI requires it). */
  public static void assumeAvailable(RuleDescriptor rule) {
    Optional<String> inactive = TOOLBOX.inactiveReason(rule);
    if (inactive.isEmpty()) {
      return;
    }
    String program = rule.type().getAnnotation(RequiresTool.class).value();
    String variable = "PLUMBLINE_REQUIRE_" + program.toUpperCase(Locale.ROOT);
    if ("1".equals(System.getenv(variable))) {
      fail(rule.id() + " cannot be tested: " + inactive.get() + " (" + variable + "=1)");
    }
    assumeTrue(false, rule.id() + " is not tested: " + inactive.get());
  }
}
