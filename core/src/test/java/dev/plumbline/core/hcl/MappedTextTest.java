package dev.plumbline.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where each character of a decoded, trimmed or joined string came from. */
class MappedTextTest {

  @Test
  void copiedTextMapsOneToOne() {
    MappedText text = MappedText.identity("hello", 10);
    assertThat(text.start(0)).isEqualTo(10);
    assertThat(text.end(4)).isEqualTo(15);
    MappedText part = text.substring(1, 3);
    assertThat(part.value).isEqualTo("el");
    assertThat(part.start(0)).isEqualTo(11);
    assertThat(part.end(1)).isEqualTo(13);
  }

  @Test
  void anEscapeMapsItsCharacterToTheWholeSequence() {
    MappedText.Builder builder = new MappedText.Builder();
    builder.append('a', 0, 1);
    builder.append('\n', 1, 3);
    builder.append('b', 3, 4);
    builder.append('c', 4, 5);
    MappedText text = builder.build();
    assertThat(text.value).isEqualTo("a\nbc");
    assertThat(text.start(1)).isEqualTo(1);
    assertThat(text.end(1)).isEqualTo(3);
    assertThat(text.start(3)).isEqualTo(4);
    assertThat(text.end(3)).isEqualTo(5);
  }

  @Test
  void joiningKeepsEachPiecesOrigin() {
    MappedText first = MappedText.identity("ab\n", 4);
    MappedText second = MappedText.identity("cd\n", 11);
    MappedText joined = first.concat(second);
    assertThat(joined.value).isEqualTo("ab\ncd\n");
    assertThat(joined.start(2)).isEqualTo(6);
    assertThat(joined.start(3)).isEqualTo(11);
    assertThat(joined.end(5)).isEqualTo(14);
    MappedText adjacent = MappedText.identity("ab", 0).concat(MappedText.identity("cd", 2));
    assertThat(adjacent.start(3)).isEqualTo(3);
    assertThat(joined.substring(2, 4).start(1)).isEqualTo(11);
  }
}
