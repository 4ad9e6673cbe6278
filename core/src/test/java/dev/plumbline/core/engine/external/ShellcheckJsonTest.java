package dev.plumbline.core.engine.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.core.rule.tool.ShellcheckLevel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShellcheckJsonTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsTheCommentsOfJson1() throws ToolFailure {
    // as shellcheck 0.9.0 prints it for "echo $x"
    String json = "{\"comments\":[{\"file\":\"-\",\"line\":1,\"endLine\":1,\"column\":6,"
        + "\"endColumn\":8,\"level\":\"info\",\"code\":2086,\"message\":\"Double quote to "
        + "prevent globbing and word splitting.\",\"fix\":{\"replacements\":[]}}]}";
    assertThat(ShellcheckJson.parse(utf8(json))).containsExactly(new ShellcheckJson.Comment(
        1, 6, 1, 8, ShellcheckLevel.INFO, 2086,
        "Double quote to prevent globbing and word splitting."));
    assertThat(ShellcheckJson.parse(utf8("{\"comments\":[]}"))).isEmpty();
  }

  @Test
  void aCommentWithoutAnEndIsAPosition() throws ToolFailure {
    String json = "{\"comments\":[{\"line\":3,\"column\":2,\"level\":\"error\",\"code\":1073,"
        + "\"message\":\"Couldn't parse this.\"}]}";
    assertThat(ShellcheckJson.parse(utf8(json))).singleElement()
        .satisfies(c -> assertThat(c.endLine()).isEqualTo(3))
        .satisfies(c -> assertThat(c.endColumn()).isEqualTo(2));
  }

  @Test
  void outputItCannotReadIsAFailureThatSaysWhy() {
    assertThatThrownBy(() -> ShellcheckJson.parse(utf8("In - line 1: oops")))
        .isInstanceOf(ToolFailure.class).hasMessageContaining("not JSON");
    assertThatThrownBy(() -> ShellcheckJson.parse(utf8("")))
        .isInstanceOf(ToolFailure.class).hasMessageContaining("\"comments\"");
    assertThatThrownBy(() -> ShellcheckJson.parse(utf8("[]")))
        .isInstanceOf(ToolFailure.class).hasMessageContaining("\"comments\"");
    assertThatThrownBy(() -> ShellcheckJson.parse(utf8("{\"comments\":[{\"line\":\"1\"}]}")))
        .isInstanceOf(ToolFailure.class).hasMessageContaining("\"line\"");
    assertThatThrownBy(() -> ShellcheckJson.parse(utf8("{\"comments\":[{\"line\":1,"
        + "\"column\":1,\"level\":\"fatal\",\"code\":1,\"message\":\"m\"}]}")))
        .isInstanceOf(ToolFailure.class).hasMessageContaining("unknown level \"fatal\"");
    assertThatThrownBy(() -> ShellcheckJson.parse(utf8("{\"comments\":[{\"line\":1,"
        + "\"column\":1.5,\"level\":\"info\",\"code\":1,\"message\":\"m\"}]}")))
        .isInstanceOf(ToolFailure.class).hasMessageContaining("\"column\"");
  }

  @Test
  void fieldsItDoesNotUseAreSkippedWhateverTheyHold() throws ToolFailure {
    String json = "{\"version\":{\"major\":0},\"comments\":[{\"fix\":{\"replacements\":"
        + "[{\"line\":9,\"replacement\":\"\\\"$x\\\"\"}]},\"line\":2,\"column\":1,"
        + "\"level\":\"style\",\"code\":2006,\"message\":\"Use $(...) \\u2014 not `...`\","
        + "\"extra\":[1,[2,{}]],\"flag\":true}],\"trailer\":null}";
    assertThat(ShellcheckJson.parse(utf8(json))).containsExactly(new ShellcheckJson.Comment(
        2, 1, 2, 1, ShellcheckLevel.STYLE, 2006, "Use $(...) \u2014 not `...`"));
  }

  @Test
  void truncatedOrMistypedOutputIsAFailureNotACrash() {
    assertThatThrownBy(() -> ShellcheckJson.parse(utf8("{\"comments\":[{\"line\":1,")))
        .isInstanceOf(ToolFailure.class).hasMessageContaining("not JSON");
    assertThatThrownBy(() -> ShellcheckJson.parse(utf8("{\"comments\":{}}")))
        .isInstanceOf(ToolFailure.class).hasMessageContaining("\"comments\"");
    assertThatThrownBy(() -> ShellcheckJson.parse(utf8("{\"comments\":[7]}")))
        .isInstanceOf(ToolFailure.class).hasMessageContaining("not an object");
    assertThatThrownBy(() -> ShellcheckJson.parse(utf8("{\"comments\":[{\"line\":-1,"
        + "\"column\":1,\"level\":\"info\",\"code\":1,\"message\":\"m\"}]}")))
        .isInstanceOf(ToolFailure.class).hasMessageContaining("\"line\"");
    assertThatThrownBy(() -> ShellcheckJson.parse(utf8("{\"comments\":[{\"line\":"
        + "99999999999,\"column\":1,\"level\":\"info\",\"code\":1,\"message\":\"m\"}]}")))
        .isInstanceOf(ToolFailure.class).hasMessageContaining("\"line\"");
    assertThatThrownBy(() -> ShellcheckJson.parse(utf8("{\"comments\":[{\"line\":1,"
        + "\"column\":1,\"level\":\"info\",\"code\":1,\"message\":null}]}")))
        .isInstanceOf(ToolFailure.class).hasMessageContaining("\"message\"");
  }
}
