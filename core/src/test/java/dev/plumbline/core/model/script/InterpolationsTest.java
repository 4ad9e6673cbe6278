package dev.plumbline.core.model.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.shell.TextRange;
import org.junit.jupiter.api.Test;

class InterpolationsTest {

  @Test
  void findsEveryClosedBlockUpToItsFirstClosingBrackets() {
    String text = "a $[[ inputs.x ]] b $[[inputs.y|expand_vars]]c $[[ open";
    assertThat(Interpolations.find(text)).containsExactly(
        new TextRange(2, 17), new TextRange(20, 45));
  }

  @Test
  void plainBracketsAndBashTestsAreNotBlocks() {
    assertThat(Interpolations.find("if [[ -n $X ]]; then echo $[1+1]; fi")).isEmpty();
  }
}
