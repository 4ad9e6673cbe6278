package dev.plumbline.rules.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageNameTest {

  @Test
  void officialImageWithTag() {
    ImageName name = ImageName.parse("nginx:1.27");
    assertThat(name.registry()).isEmpty();
    assertThat(name.repository()).isEqualTo("nginx");
    assertThat(name.tag()).contains("1.27");
    assertThat(name.digest()).isEmpty();
    assertThat(name.canonicalName()).isEqualTo("docker.io/library/nginx");
  }

  @Test
  void registryPortIsNotATag() {
    ImageName name = ImageName.parse("localhost:5000/app");
    assertThat(name.registry()).contains("localhost:5000");
    assertThat(name.repository()).isEqualTo("app");
    assertThat(name.tag()).isEmpty();
  }

  @Test
  void registryPortAndTag() {
    ImageName name = ImageName.parse("registry.example.com:5000/shop/web:2.0");
    assertThat(name.registry()).contains("registry.example.com:5000");
    assertThat(name.repository()).isEqualTo("shop/web");
    assertThat(name.tag()).contains("2.0");
  }

  @Test
  void digestWithAndWithoutTag() {
    assertThat(ImageName.parse("nginx@sha256:abc")).isEqualTo(
        new ImageName(Optional.empty(), "nginx", Optional.empty(), Optional.of("sha256:abc")));
    ImageName both = ImageName.parse("ghcr.io/o/app:latest@sha256:abc");
    assertThat(both.tag()).contains("latest");
    assertThat(both.digest()).contains("sha256:abc");
    assertThat(both.reference()).isEqualTo("ghcr.io/o/app:latest@sha256:abc");
  }

  @Test
  void firstComponentWithoutDotOrPortIsARepositoryPath() {
    ImageName name = ImageName.parse("bitnami/redis:7.2");
    assertThat(name.registry()).isEmpty();
    assertThat(name.repository()).isEqualTo("bitnami/redis");
    assertThat(name.canonicalRegistry()).isEqualTo(ImageName.DOCKER_HUB);
  }
}
