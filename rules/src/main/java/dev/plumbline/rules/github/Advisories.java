package dev.plumbline.rules.github;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The advisory table of known-vulnerable-action, read once from {@code advisories.tsv} beside
 * this class: published advisories of GitHub's advisory database for actions, with the versions
 * they affect. The table is data so that adding an advisory is a one-line change (the file's
 * header says how).
 */
final class Advisories {

  static final String RESOURCE = "/dev/plumbline/rules/github/advisories.tsv";

  private static final List<Advisory> ALL = load();

  private Advisories() {}

  /**
   * One affected range of one advisory.
   *
   * @param action     {@code owner/repo}, lower case
   * @param introduced the first affected version ({@code [0]} when every earlier one is)
   * @param fixed      the first unaffected version above the range, if bounded by {@code <}
   * @param exact      the one tag affected, for advisories that list versions instead of ranges
   * @param upgrade    the release to upgrade to, if the advisory names one
   * @param id         the GHSA identifier
   * @param aliases    CVE identifiers
   * @param summary    what the vulnerability does
   */
  record Advisory(String action, List<Integer> introduced, Optional<List<Integer>> fixed,
      Optional<List<Integer>> exact, Optional<String> upgrade, String id, List<String> aliases,
      String summary) {

    /** Whether the version is affected. */
    boolean affects(ActionVersion version) {
      if (exact.isPresent()) {
        return version.numbers().equals(exact.get());
      }
      return version.isIn(introduced, fixed);
    }

    /** {@code GHSA-… (CVE-…)}. */
    String label() {
      return id + (aliases.isEmpty() ? "" : " (" + String.join(", ", aliases) + ")");
    }
  }

  static List<Advisory> all() {
    return ALL;
  }

  /** The advisories affecting {@code version} of the action {@code slug} (lower case). */
  static List<Advisory> affecting(String slug, ActionVersion version) {
    List<Advisory> found = new ArrayList<>();
    for (Advisory a : ALL) {
      if (a.action().equals(slug) && a.affects(version)
          && found.stream().noneMatch(f -> f.id().equals(a.id()))) {
        found.add(a);
      }
    }
    return found;
  }

  private static List<Advisory> load() {
    try (InputStream in = Advisories.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      List<Advisory> advisories = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        advisories.add(parse(line, number));
      }
      return List.copyOf(advisories);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line of the table; a malformed line is a build error, caught by the table's tests. */
  static Advisory parse(String line, int number) {
    String[] f = line.split("\t", -1);
    if (f.length != 6) {
      throw new IllegalStateException(RESOURCE + ":" + number + ": expected 6 tab-separated "
          + "fields, found " + f.length);
    }
    List<Integer> introduced = List.of(0);
    Optional<List<Integer>> fixed = Optional.empty();
    Optional<List<Integer>> exact = Optional.empty();
    for (String bound : f[1].split(",")) {
      String b = bound.trim();
      int split = b.indexOf(' ');
      if (split < 0) {
        throw new IllegalStateException(RESOURCE + ":" + number + ": bad bound '" + b + "'");
      }
      String op = b.substring(0, split);
      List<Integer> version = version(b.substring(split + 1).trim(), number);
      switch (op) {
        case ">=" -> introduced = version;
        case "<" -> fixed = Optional.of(version);
        case "<=" -> fixed = Optional.of(afterLast(version));
        case "=" -> exact = Optional.of(version);
        default -> throw new IllegalStateException(RESOURCE + ":" + number + ": bad operator '"
            + op + "'");
      }
    }
    Optional<String> upgrade = f[2].equals("-") ? Optional.empty() : Optional.of(f[2]);
    upgrade.ifPresent(u -> version(u, number));
    if (!f[3].matches("GHSA(-[23456789cfghjmpqrvwx]{4}){3}")) {
      throw new IllegalStateException(RESOURCE + ":" + number + ": bad advisory id '" + f[3]
          + "'");
    }
    List<String> aliases = f[4].equals("-") ? List.of()
        : Arrays.stream(f[4].split(",")).map(String::trim).toList();
    return new Advisory(f[0].trim().toLowerCase(Locale.ROOT), introduced, fixed, exact, upgrade,
        f[3], aliases, f[5].trim());
  }

  private static List<Integer> version(String text, int number) {
    return ActionVersion.parse(text, false).map(ActionVersion::numbers)
        .orElseThrow(() -> new IllegalStateException(RESOURCE + ":" + number
            + ": bad version '" + text + "'"));
  }

  /** The smallest version above {@code v} with one more number: {@code 45.0.7} gives 45.0.7.1. */
  private static List<Integer> afterLast(List<Integer> v) {
    List<Integer> next = new ArrayList<>(v);
    while (next.size() < 3) {
      next.add(0);
    }
    next.add(1);
    return List.copyOf(next);
  }
}
