package dev.plumbline.core.rule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of a jar, listed at compile time by the rule annotation processor: each rule's class,
 * its {@link Rule} metadata and the rule interfaces it implements, one tab-separated line per
 * rule. The registry reads it instead of loading every rule class and its annotation, so that a
 * run loads only the rules of the platforms it lints (for a pre-commit run on one workflow, a
 * third of them).
 */
public final class RuleIndex {

  /** Where each jar keeps its index. */
  public static final String RESOURCE = "META-INF/plumbline/rules.tsv";

  private static final int COLUMNS = 11;

  /** One rule of an index. */
  public record Entry(String className, RuleMetadata meta, Set<String> visitorTypes) {

    public Entry {
      visitorTypes = Collections.unmodifiableSet(new TreeSet<>(visitorTypes));
    }
  }

  private RuleIndex() {}

  /** The index line of one rule. */
  public static String format(Entry entry) {
    RuleMetadata m = entry.meta();
    return String.join("\t", entry.className(), m.id(), m.name(), m.platform().name(),
        m.severity().name(), Boolean.toString(m.enabledByDefault()),
        Double.toString(m.securitySeverity()), m.since(), String.join(",", entry.visitorTypes()),
        String.join(",", m.tags()), m.summary());
  }

  /**
   * Reads one index line.
   *
   * @throws IllegalArgumentException when the line is not one {@link #format} wrote
   */
  public static Entry parse(String line) {
    String[] c = line.split("\t", -1);
    if (c.length != COLUMNS) {
      throw new IllegalArgumentException("a rule index line has " + COLUMNS + " columns, not "
          + c.length + ": " + line);
    }
    RuleMetadata meta = new RuleMetadata(c[1], c[2], Platform.valueOf(c[3]),
        Severity.valueOf(c[4]), c[10], list(c[9]), Double.parseDouble(c[6]),
        Boolean.parseBoolean(c[5]), c[7]);
    return new Entry(c[0], meta, Set.copyOf(list(c[8])));
  }

  /** Every index on the class path of {@code loader}, in class path order. */
  public static List<Entry> read(ClassLoader loader) {
    List<Entry> entries = new ArrayList<>();
    try {
      Enumeration<URL> indexes = loader.getResources(RESOURCE);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isEmpty()) {
              entries.add(parse(line));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rule index " + RESOURCE, e);
    }
    return entries;
  }

  private static List<String> list(String column) {
    return column.isEmpty() ? List.of() : List.of(column.split(","));
  }
}
