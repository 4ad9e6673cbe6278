package dev.plumbline.core.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.core.source.SourceFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shape {@code .ci/hcl-differential} compares with hcl2json's output. */
class HclShapeTest {

  private static String shape(String text) throws HclShape.ShapeException {
    HclFile file = HclParser.parseNative(SourceFile.of("main.tf", text));
    assertThat(file.problems()).isEmpty();
    return HclShape.of(file);
  }

  @Test
  void blocksNestByLabelIntoListsOfBodiesAndLeavesAreNull() throws Exception {
    assertThat(shape("""
        resource "a" "x" {
          n = 1
          lifecycle {}
        }
        resource "a" "x" {}
        resource "a" "y" {}
        locals { b = "s" }
        locals { a = true }
        """)).isEqualTo("{\"locals\":[{\"b\":null},{\"a\":null}],\"resource\":{\"a\":{"
            + "\"x\":[{\"lifecycle\":[{}],\"n\":null},{}],\"y\":[{}]}}}");
  }

  @Test
  void tuplesObjectsAndUnwrappedTemplatesKeepTheirStructure() throws Exception {
    assertThat(shape("a = [1, {b = 2, \"c\" = [], (d) = 3, \"${e}-f\" = 4, 5 = 6}]\n"
        + "g = \"${[1]}\"\nh = ([1])\ni = \"x${[1]}\"\n"))
        .isEqualTo("{\"a\":[null,{\"${(d)}\":null,\"${e}-f\":null,\"5\":null,\"b\":null,"
            + "\"c\":[]}],\"g\":[null],\"h\":null,\"i\":null}");
  }

  @Test
  void templateKeysRenderDirectivesAsHcl2jsonDoes() throws Exception {
    assertThat(shape("a = {\"%{ if x }y%{ endif }${ z ? 1 : 2 }\" = 1}\n"))
        .isEqualTo("{\"a\":{\"%{if x}y%{endif}%{if z}1%{else}2%{endif}\":null}}");
  }

  @Test
  void anAttributeReplacesABlockOfTheSameName() throws Exception {
    assertThat(shape("x {}\nx = 1\n")).isEqualTo("{\"x\":null}");
  }

  @Test
  void blocksThatCannotBeLaidOut() {
    assertThatThrownBy(() -> shape("x {}\nx \"a\" {}\n"))
        .isInstanceOf(HclShape.ShapeException.class);
    assertThatThrownBy(() -> shape("x \"a\" {}\nx {}\n"))
        .isInstanceOf(HclShape.ShapeException.class);
  }

  @Test
  void oneLinePerFile() {
    assertThat(HclShape.line("ok.tf", "a {}\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("{\"path\":\"ok.tf\",\"valid\":true,\"problems\":[],\"shape\":{\"a\":[{}]}}");
    assertThat(HclShape.line("bad.tf", "a = \"\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("{\"path\":\"bad.tf\",\"valid\":false,\"problems\":[\"1:5: unterminated "
            + "string; add the closing '\\\"'\"]}");
    assertThat(HclShape.line("bin.tf", new byte[] {(byte) 0xff})).contains("\"valid\":false");
  }
}
