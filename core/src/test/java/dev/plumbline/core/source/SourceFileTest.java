package dev.plumbline.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceFileTest {

  @Test
  void byteOrderMarkIsNotPartOfTheText() throws Exception {
    byte[] bytes = "\uFEFFon: push\n".getBytes(StandardCharsets.UTF_8);
    SourceFile file = SourceFile.decode("w.yml", bytes);
    assertThat(file.text()).startsWith("on:");
    assertThat(file.hasByteOrderMark()).isTrue();
    assertThat(file.position(0).column()).isEqualTo(1);
  }

  @Test
  void invalidUtf8IsReportedWithItsPosition() {
    byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xC3, (byte) 0x28};
    assertThatThrownBy(() -> SourceFile.decode("x.yml", bytes))
        .isInstanceOfSatisfying(SourceFile.NotUtf8Exception.class, e -> {
          assertThat(e.byteOffset()).isEqualTo(4);
          assertThat(e.position().toString()).isEqualTo("2:3");
        });
  }

  @Test
  void spansSliceTheText() {
    SourceFile file = SourceFile.of("t", "hello\nworld\n");
    assertThat(file.text(file.span(6, 11))).isEqualTo("world");
    assertThat(file.lineSpan(2).end().toString()).isEqualTo("2:6");
  }
}
