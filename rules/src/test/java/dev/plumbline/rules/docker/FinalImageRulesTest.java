package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** runs-as-root and missing-healthcheck where fixtures cannot reach: the file's surroundings. */
class FinalImageRulesTest {

  private static final String[] SERVICE = {
      "FROM python:3.12-slim",
      "COPY app /srv/app",
      "EXPOSE 8000",
      "CMD [\"python\", \"-m\", \"app\"]"};

  @Test
  void aDevelopmentContainerBesideDevcontainerJsonIsLeftAlone(@TempDir Path dir)
      throws IOException {
    Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), String.join("\n", SERVICE));
    assertThat(lint("DKR004", "Dockerfile", dockerfile)).hasSize(1);
    assertThat(lint("DKR005", "Dockerfile", dockerfile)).hasSize(1);

    Files.writeString(dir.resolve("devcontainer.json"), "{}");
    assertThat(lint("DKR004", "Dockerfile", dockerfile)).isEmpty();
    assertThat(lint("DKR005", "Dockerfile", dockerfile)).isEmpty();
  }

  @Test
  void aDockerfileInADevcontainerFolderIsLeftAlone() {
    assertThat(lint("DKR004", ".devcontainer/Dockerfile", null)).isEmpty();
    assertThat(lint("DKR005", "app/.devcontainer/base.Dockerfile", null)).isEmpty();
    assertThat(lint("DKR004", "devcontainer/Dockerfile", null)).hasSize(1);
  }

  @Test
  void anEmptyEntrypointOnlyResetsTheBaseImagesAndTheCmdStartsTheContainer() {
    assertThat(DockerLint.findings("DKR004", "FROM eclipse-temurin:21-jre", "ENTRYPOINT []",
        "CMD [\"catalina.sh\", \"run\"]"))
        .containsExactly("3:1 the final image has no USER, so its container runs 'catalina.sh' "
            + "as root, unless base image 'eclipse-temurin:21-jre' sets one");
  }

  @Test
  void theProgramOfAShellFormCommandSkipsExecAndAssignments() {
    assertThat(DockerLint.findings("DKR004", "FROM scratch",
        "ENTRYPOINT MODE=prod exec \"/app\" --serve"))
        .containsExactly("2:1 the final image has no USER, so its container runs '/app' as root");
  }

  private static List<String> lint(String rule, String path, Path location) {
    return DockerLint.findings(rule, Map.of(), path, location, SERVICE);
  }

  @Test
  void windowsImagesRunAsContainerAdministratorOnServerCoreAndAsContainerUserOnNanoServer() {
    assertThat(DockerLint.findings("DKR004",
        "FROM mcr.microsoft.com/windows/servercore:ltsc2022", "CMD [\"app.exe\"]"))
        .containsExactly("2:1 the final image has no USER, so its container runs 'app.exe' as "
            + "ContainerAdministrator, unless base image "
            + "'mcr.microsoft.com/windows/servercore:ltsc2022' sets one");
    assertThat(DockerLint.findings("DKR004", "FROM mcr.microsoft.com/windows/servercore:ltsc2022",
        "USER ContainerAdministrator", "CMD [\"app.exe\"]"))
        .containsExactly("2:6 the final image runs as an administrator: "
            + "'USER ContainerAdministrator' is the last USER in effect");
    assertThat(DockerLint.findings("DKR004", "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022",
        "CMD [\"app.exe\"]")).isEmpty();
  }
}
