package dev.plumbline.core.shell;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Fuzzes the shell lexer and parser: any text lexes without falling back to an empty script
 * (the parser's last resort when it throws), and every node lies inside the script and inside
 * its parent (the checks of {@link ShellRobustnessTest#check}). {@code mvn verify} replays the
 * inputs under {@code ShellParserFuzzTestInputs}; {@code fuzz/run} fuzzes.
 */
@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class ShellParserFuzzTest {

  @FuzzTest
  void shellScript(FuzzedDataProvider data) {
    ShellScript script = ShellRobustnessTest.check(data.consumeRemainingAsString());
    for (Command command : script.commands()) {
      command.program();
      command.effective().words().forEach(w -> {
        w.value();
        w.isLiteral();
      });
      command.operands();
    }
  }
}
