package dev.plumbline.core.engine.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS) // executable bits and links
class ProgramFinderTest {

  @TempDir
  Path dir;

  private Path program(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "#!/bin/bash\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    return p;
  }

  private ProgramFinder finder(List<Path> path, Path... protectedDirectories) {
    return new ProgramFinder(path, List.of(protectedDirectories));
  }

  @Test
  void onlyAbsolutePathEntriesAreSearched() {
    String path = String.join(File.pathSeparator, "", ".", "bin", dir.toString(), "/usr/bin");
    assertThat(ProgramFinder.absoluteEntries(path)).containsExactly(dir, Path.of("/usr/bin"));
    assertThat(ProgramFinder.absoluteEntries(null)).isEmpty();
  }

  @Test
  void findsTheFirstExecutableOnThePath() throws IOException {
    Path first = program("a/shellcheck");
    program("b/shellcheck");
    Files.createDirectories(dir.resolve("plain"));
    Files.writeString(dir.resolve("plain/shellcheck"), "not executable");
    ProgramFinder finder = finder(List.of(dir.resolve("plain"), dir.resolve("a"),
        dir.resolve("b")));
    assertThat(finder.find("shellcheck", "")).isEqualTo(new ProgramFinder.Found(first));
    assertThat(finder(List.of(dir.resolve("plain"))).find("shellcheck", ""))
        .isEqualTo(new ProgramFinder.Missing("shellcheck not found on PATH", false));
  }

  @Test
  void aProgramAmongTheScannedFilesIsNeverRun() throws IOException {
    Path repo = dir.resolve("repo");
    program("repo/node_modules/.bin/shellcheck");
    Path system = program("usr/bin/shellcheck");
    // a PATH entry inside the scanned directory is passed over
    ProgramFinder finder = finder(List.of(repo.resolve("node_modules/.bin"),
        dir.resolve("usr/bin")), repo);
    assertThat(finder.find("shellcheck", "")).isEqualTo(new ProgramFinder.Found(system));
    ProgramFinder.Lookup alone = finder(List.of(repo.resolve("node_modules/.bin")), repo)
        .find("shellcheck", "");
    assertThat(alone).isInstanceOf(ProgramFinder.Missing.class);
    assertThat(((ProgramFinder.Missing) alone).reason()).startsWith("shellcheck not found on PATH")
        .contains("never runs a program that comes with the files it scans");
    // nor one the configuration names, directly or through a link outside
    Path configured = repo.resolve("node_modules/.bin/shellcheck");
    assertThat(finder.find("shellcheck", configured.toString()))
        .isInstanceOf(ProgramFinder.Missing.class);
    Path link = dir.resolve("opt/shellcheck");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, configured);
    ProgramFinder.Lookup viaLink = finder.find("shellcheck", link.toString());
    assertThat(viaLink).isInstanceOf(ProgramFinder.Missing.class);
    assertThat(((ProgramFinder.Missing) viaLink).configured()).isTrue();
  }

  @Test
  void aConfiguredProgramIsANameOnThePathOrAnAbsolutePathNamedShellcheck() throws IOException {
    Path versioned = program("opt/shellcheck-v0.10.0");
    program("tools/bash");
    ProgramFinder finder = finder(List.of(dir.resolve("opt"), dir.resolve("tools")));
    assertThat(finder.find("shellcheck", "shellcheck-v0.10.0"))
        .isEqualTo(new ProgramFinder.Found(versioned));
    assertThat(finder.find("shellcheck", versioned.toString()))
        .isEqualTo(new ProgramFinder.Found(versioned));
    assertThat(reason(finder.find("shellcheck", "bash")))
        .contains("its file name must start with 'shellcheck'");
    assertThat(reason(finder.find("shellcheck", dir.resolve("tools/bash").toString())))
        .contains("its file name must start with 'shellcheck'");
    assertThat(reason(finder.find("shellcheck", "opt/shellcheck-v0.10.0")))
        .contains("is a relative path");
    assertThat(reason(finder.find("shellcheck", "shellcheck-v9")))
        .isEqualTo("the configured shellcheck 'shellcheck-v9' not found on PATH");
    assertThat(reason(finder.find("shellcheck", dir.resolve("shellcheck-none").toString())))
        .endsWith("is not an executable file");
  }

  private static String reason(ProgramFinder.Lookup lookup) {
    assertThat(lookup).isInstanceOf(ProgramFinder.Missing.class);
    assertThat(((ProgramFinder.Missing) lookup).configured()).isTrue();
    return ((ProgramFinder.Missing) lookup).reason();
  }
}
