package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.Expose;
import dev.plumbline.core.model.docker.ExposedPort;
import dev.plumbline.core.source.SourceFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortSpecTest {

  private static Optional<PortSpec> spec(String entry) {
    Dockerfile file = Dockerfile.parse(SourceFile.of("Dockerfile", "FROM scratch\nEXPOSE "
        + entry + "\n"));
    ExposedPort port = file.instructions(Expose.class).get(0).ports().get(0);
    return PortSpec.of(port);
  }

  @Test
  void portsAndRangesWithTheirProtocol() {
    PortSpec range = spec("8000-8010/UDP").orElseThrow();
    assertThat(range.problem()).isEmpty();
    assertThat(range.first()).isEqualTo(8000);
    assertThat(range.last()).isEqualTo(8010);
    assertThat(range.protocol()).isEqualTo("udp");
    assertThat(range.includes(8005)).isTrue();
    assertThat(range.includes(22)).isFalse();
    assertThat(spec("0080").orElseThrow().first()).isEqualTo(80);
    assertThat(spec("22/").orElseThrow().protocol()).isEqualTo("tcp");
  }

  @Test
  void numbersTooLongForAnIntAreOutOfRangeNotACrash() {
    assertThat(spec("99999999999999999999").orElseThrow().problem().orElseThrow().message())
        .isEqualTo("port 99999999999999999999 is out of range: ports go from 0 to 65535");
    assertThat(spec("00000000000000000080").orElseThrow().problem()).isEmpty();
  }

  @Test
  void entriesWithVariablesAreNotJudged() {
    assertThat(spec("${PORT}/udp")).isEmpty();
    assertThat(spec("80$X")).isEmpty();
  }
}
