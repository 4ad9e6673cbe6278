package dev.plumbline.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

  @Test
  void mixedLineEndings() {
    LineIndex index = new LineIndex("a\nbb\r\nccc\rd");
    assertThat(index.lineCount()).isEqualTo(4);
    assertThat(index.lineText(1)).isEqualTo("a");
    assertThat(index.lineText(2)).isEqualTo("bb");
    assertThat(index.lineText(3)).isEqualTo("ccc");
    assertThat(index.lineText(4)).isEqualTo("d");
    assertThat(index.position(6).toString()).isEqualTo("3:1");
  }

  @Test
  void trailingNewlineMakesAnEmptyLastLine() {
    LineIndex index = new LineIndex("x\n");
    assertThat(index.lineCount()).isEqualTo(2);
    assertThat(index.lineText(2)).isEmpty();
    assertThat(index.position(2).toString()).isEqualTo("2:1");
  }

  @Test
  void columnsCountCodePointsNotUtf16Units() {
    String text = "\uD83D\uDE00x";
    LineIndex index = new LineIndex(text);
    assertThat(index.position(2).column()).isEqualTo(2);
    assertThat(index.position(1, 2).offset()).isEqualTo(2);
  }

  @Test
  void columnsPastTheLineAreClamped() {
    LineIndex index = new LineIndex("ab\ncd");
    assertThat(index.position(1, 99).offset()).isEqualTo(2);
  }

  @Test
  void columnsFarPastTheLineAreClampedWithoutOverflow() {
    LineIndex index = new LineIndex("ab\ncd");
    assertThat(index.position(2, Integer.MAX_VALUE).offset()).isEqualTo(5);
    assertThat(index.position(2, 2).toString()).isEqualTo("2:2");
  }

  @Test
  void aSurrogatePairOnAnEarlierLineDoesNotShiftLaterColumns() {
    LineIndex index = new LineIndex("\uD83D\uDE00\nabc");
    assertThat(index.position(5).toString()).isEqualTo("2:3");
    assertThat(index.position(2, 3).offset()).isEqualTo(5);
  }
}
