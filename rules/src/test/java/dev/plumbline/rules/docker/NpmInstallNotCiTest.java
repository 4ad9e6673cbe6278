package dev.plumbline.rules.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether the lockfile reaches the stage: by name, by pattern or with a folder. */
class NpmInstallNotCiTest {

  private static List<String> findings(Path location, String... lines) {
    return DockerLint.findings("DKR028", Map.of(), "Dockerfile", location, lines);
  }

  private static String[] copying(String copy) {
    return new String[] {"FROM node:20", "WORKDIR /app", copy, "RUN npm install"};
  }

  @Test
  void aPatternCountsWhereTheFolderHoldsALockfile(@TempDir Path dir) throws IOException {
    Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "");
    assertThat(findings(dockerfile, copying("COPY package*.json ./"))).isEmpty();
    Files.writeString(dir.resolve("package-lock.json"), "{}");
    assertThat(findings(dockerfile, copying("COPY package*.json ./")))
        .containsExactly("4:5 'npm install' where the lockfile is copied in at line 3: npm "
            + "install may resolve other versions than it locks and rewrite it");
    assertThat(findings(dockerfile, copying("COPY ./package?lock.json ./"))).hasSize(1);
    assertThat(findings(dockerfile, copying("COPY package.json ./"))).isEmpty();
  }

  @Test
  void aFolderCountsWhereItIsKnownToHoldTheLockfile(@TempDir Path dir) throws IOException {
    Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "");
    assertThat(findings(dockerfile, copying("COPY . ."))).isEmpty();
    Files.createDirectories(dir.resolve("web"));
    Files.writeString(dir.resolve("web/npm-shrinkwrap.json"), "{}");
    assertThat(findings(dockerfile, copying("COPY web/ ./"))).hasSize(1);
    assertThat(findings(dockerfile, copying("COPY . ."))).isEmpty();
    Files.writeString(dir.resolve("package-lock.json"), "{}");
    assertThat(findings(dockerfile, copying("COPY . ."))).hasSize(1);
  }

  @Test
  void fromAnotherStageOnlyALockfileByNameCounts() {
    assertThat(findings(null, copying("COPY --from=deps /src/package-lock.json ./"))).hasSize(1);
    assertThat(findings(null, copying("COPY --from=deps /src/package*.json ./"))).isEmpty();
  }

  @Test
  void namedPackagesAndGlobalInstallsAreNotReported() {
    assertThat(findings(null, "FROM node:20", "COPY package.json package-lock.json ./",
        "RUN npm install express@4.19.2 && npm install -g pnpm@9.1.0",
        "RUN npm --prefix /app ci && npm install --location=global npm@10.8.1")).isEmpty();
    assertThat(findings(null, "FROM node:20", "COPY package.json package-lock.json ./",
        "RUN npm --prefix /app install --omit dev")).hasSize(1);
  }
}
