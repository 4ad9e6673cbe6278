package dev.plumbline.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

  @Test
  void numbersCompareByValue() {
    List<String> notes = new ArrayList<>(List.of("GHA001 recorded at line 12",
        "GHA001 recorded at line 9", "GHA001 recorded at line 100", "GHA001 recorded at line 09"));
    notes.sort(NaturalOrder.INSTANCE);
    assertThat(notes).containsExactly("GHA001 recorded at line 09", "GHA001 recorded at line 9",
        "GHA001 recorded at line 12", "GHA001 recorded at line 100");
  }

  @Test
  void textComparesByCharacterAndShorterComesFirst() {
    assertThat(NaturalOrder.INSTANCE.compare("abc", "abd")).isNegative();
    assertThat(NaturalOrder.INSTANCE.compare("ab", "abc")).isNegative();
    assertThat(NaturalOrder.INSTANCE.compare("a2", "a10b")).isNegative();
    assertThat(NaturalOrder.INSTANCE.compare("same 1", "same 1")).isZero();
    assertThat(NaturalOrder.INSTANCE.compare("x99999999999999999999", "x100000000000000000000"))
        .as("digit runs longer than a long").isNegative();
  }
}
