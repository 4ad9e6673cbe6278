package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plumbline.core.score.Area;
import dev.plumbline.core.testing.TestData;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The score's HTML page as a browser shows it: headless Chromium renders the page of
 * {@code testdata/score/typical} offline, takes a screenshot and dumps the DOM it built. Skipped
 * where Chromium is not installed, unless {@code PLUMBLINE_REQUIRE_CHROMIUM=1} (as in CI), where
 * a missing Chromium fails.
 */
@DisabledOnOs(OS.WINDOWS)
@Timeout(300)
class ScoreHtmlChromiumTest {

  private static final Path ROOT = TestData.projectRoot();
  private static final long BROWSER_SECONDS = 120;
  /** The CI/CD bar's colour in the chart. */
  private static final int CI_BAR = 0x0969da;

  @TempDir
  Path dir;

  private Path chromium;
  private Path page;

  @BeforeEach
  void renderThePage() {
    chromium = findChromium().orElse(null);
    if (chromium == null) {
      if ("1".equals(System.getenv("PLUMBLINE_REQUIRE_CHROMIUM"))) {
        fail("chromium is not on the PATH (PLUMBLINE_REQUIRE_CHROMIUM=1)");
      }
      assumeTrue(false, "chromium is not on the PATH: the page is not rendered");
    }
    page = dir.resolve("score.html");
    CliRun run = CliRun.in(ROOT, "score", "testdata/score/typical", "--format", "html=" + page);
    assertThat(run.exitCode()).as(run.stderr()).isZero();
  }

  private static Optional<Path> findChromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String directory : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(directory).resolve(name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Runs Chromium headless over the page, offline, with a profile of its own; its stdout. */
  private String chromium(String... options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--window-size=1200,1600",
        "--user-data-dir=" + dir.resolve("profile"), "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions"));
    command.addAll(List.of(options));
    command.add(page.toUri().toString());
    Path out = dir.resolve("chromium.out");
    Path err = dir.resolve("chromium.err");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      if (!process.waitFor(BROWSER_SECONDS, TimeUnit.SECONDS)) {
        fail("chromium did not finish in " + BROWSER_SECONDS + " s: " + Files.readString(err));
      }
    } finally {
      process.destroyForcibly();
      process.descendants().forEach(ProcessHandle::destroyForcibly);
    }
    assertThat(process.exitValue()).as(Files.readString(err)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void theScreenshotShowsThePageWithItsChart() throws Exception {
    Path screenshot = dir.resolve("score.png");
    chromium("--screenshot=" + screenshot, "--hide-scrollbars");
    assertThat(screenshot).exists();
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(1600);
    Set<Integer> colours = new HashSet<>();
    int barPixels = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        if (rgb == CI_BAR) {
          barPixels++;
        }
      }
    }
    // text, cards and bars in many colours, not a blank or single-colour page
    assertThat(colours.size()).isGreaterThan(50);
    // the CI/CD bar, filled to 64% of 600 chart pixels, is drawn
    assertThat(barPixels).isGreaterThan(500);
  }

  @Test
  void theRenderedDomHasTheScoreAndTheFiveAreas() throws Exception {
    String dom = chromium("--dump-dom");
    assertThat(dom).contains("<div class=\"total\" id=\"score\">55<small>/100</small></div>")
        .contains("Basic CI/CD, manual deployments to production")
        .contains("<svg");
    for (Area area : Area.values()) {
      assertThat(dom).contains("id=\"area-" + area.id() + "\"")
          .contains("<span class=\"area-name\">" + area.displayName() + "</span>");
    }
    assertThat(dom).doesNotContain("<script");
  }
}
