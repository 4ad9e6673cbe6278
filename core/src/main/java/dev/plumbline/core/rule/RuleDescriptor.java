package dev.plumbline.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** A rule as the engine and the reporters know it: its metadata, docs and a way to instantiate it. */
public final class RuleDescriptor {

  /** Where rule explanations live on the class path. */
  public static final String DOCS_RESOURCE_DIR = "dev/plumbline/rules/docs/";

  private static final String HELP_URI_BASE = "https://plumbline.dev/rules/";

  private final RuleMetadata meta;
  private final String className;
  private final ClassLoader loader;
  /** The rule interfaces the class implements, from the index; {@code null} when not indexed. */
  private final Set<String> visitorTypes;
  private volatile Class<? extends LintRule> type;
  private volatile Constructor<? extends LintRule> constructor;
  private volatile RuleDocs docs;
  private volatile List<OptionDescriptor> options;

  public RuleDescriptor(Class<? extends LintRule> type) {
    Objects.requireNonNull(type, "type");
    Rule rule = type.getAnnotation(Rule.class);
    if (rule == null) {
      throw new IllegalArgumentException(type.getName() + " has no @Rule annotation");
    }
    this.meta = RuleMetadata.of(rule);
    this.className = type.getName();
    this.loader = type.getClassLoader();
    this.visitorTypes = null;
    this.type = type;
  }

  private RuleDescriptor(RuleIndex.Entry entry, ClassLoader loader) {
    this.meta = entry.meta();
    this.className = entry.className();
    this.loader = loader;
    this.visitorTypes = entry.visitorTypes();
  }

  /** A rule listed in a rule index, whose class is loaded the first time it is needed. */
  public static RuleDescriptor indexed(RuleIndex.Entry entry, ClassLoader loader) {
    return new RuleDescriptor(entry, Objects.requireNonNull(loader, "loader"));
  }

  public String id() {
    return meta.id();
  }

  public String name() {
    return meta.name();
  }

  public Platform platform() {
    return meta.platform();
  }

  public Severity defaultSeverity() {
    return meta.severity();
  }

  public String summary() {
    return meta.summary();
  }

  public List<String> tags() {
    return meta.tags();
  }

  public OptionalDouble securitySeverity() {
    return meta.securitySeverity() < 0 ? OptionalDouble.empty()
        : OptionalDouble.of(meta.securitySeverity());
  }

  public boolean enabledByDefault() {
    return meta.enabledByDefault();
  }

  public String since() {
    return meta.since();
  }

  /** The rule's class, loaded (not initialised) on first use. */
  public Class<? extends LintRule> type() {
    Class<? extends LintRule> t = type;
    if (t == null) {
      t = load();
      type = t;
    }
    return t;
  }

  private Class<? extends LintRule> load() {
    Class<? extends LintRule> loaded;
    try {
      loaded = Class.forName(className, false, loader).asSubclass(LintRule.class);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("the rule index names " + className
          + ", which is not a rule on the class path", e);
    }
    Rule rule = loaded.getAnnotation(Rule.class);
    if (rule == null || !RuleMetadata.of(rule).equals(meta)) {
      throw new IllegalStateException("the rule index entry of " + className
          + " does not match its @Rule annotation: rebuild the jar");
    }
    return loaded;
  }

  /**
   * Whether the rule implements a rule interface ({@link GitHubRule}, {@link ScriptRule}...);
   * an indexed rule answers without loading its class.
   */
  public boolean visits(Class<? extends LintRule> visitorType) {
    return visitorTypes != null ? visitorTypes.contains(visitorType.getName())
        : visitorType.isAssignableFrom(type());
  }

  /** Whether {@code idOrName} is this rule's ID or name (IDs are case-insensitive). */
  public boolean matches(String idOrName) {
    return meta.id().equalsIgnoreCase(idOrName) || meta.name().equals(idOrName);
  }

  public String helpUri() {
    return HELP_URI_BASE + meta.id();
  }

  /** The rule's explanation; empty docs if the resource is missing (the catalogue test catches that). */
  public RuleDocs docs() {
    RuleDocs d = docs;
    if (d == null) {
      d = RuleDocs.parse(loadDocs().orElse(""));
      docs = d;
    }
    return d;
  }

  private Optional<String> loadDocs() {
    try (InputStream in = loader.getResourceAsStream(DOCS_RESOURCE_DIR + meta.id() + ".md")) {
      return in == null ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule's {@link RuleOption}s, ordered by name. */
  public List<OptionDescriptor> options() {
    List<OptionDescriptor> o = options;
    if (o == null) {
      o = readOptions();
      options = o;
    }
    return o;
  }

  /** The option with this key, if the rule declares it. */
  public Optional<OptionDescriptor> option(String name) {
    return options().stream().filter(o -> o.name().equals(name)).findFirst();
  }

  private List<OptionDescriptor> readOptions() {
    List<OptionDescriptor> found = new ArrayList<>();
    Object prototype = null;
    for (Class<?> c = type(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        RuleOption option = field.getAnnotation(RuleOption.class);
        if (option != null) {
          prototype = prototype == null ? newInstance() : prototype;
          found.add(OptionDescriptor.of(field, option, prototype));
        }
      }
    }
    found.sort(Comparator.comparing(OptionDescriptor::name));
    return List.copyOf(found);
  }

  /**
   * A new instance of the rule with some options set; options not in {@code values} keep their
   * defaults.
   *
   * @throws IllegalArgumentException for an option the rule does not declare or a value of the
   *                                  wrong type (configuration is validated before this)
   */
  public LintRule newInstance(Map<String, Object> values) {
    LintRule rule = newInstance();
    values.forEach((name, value) -> option(name)
        .orElseThrow(() -> new IllegalArgumentException(id() + " has no option " + name))
        .set(rule, value));
    return rule;
  }

  /** A new instance of the rule with default options, for one file. */
  public LintRule newInstance() {
    try {
      Constructor<? extends LintRule> c = constructor;
      if (c == null) {
        c = type().getDeclaredConstructor();
        constructor = c;
      }
      return c.newInstance();
    } catch (InstantiationException | IllegalAccessException | NoSuchMethodException e) {
      throw new IllegalStateException("cannot instantiate rule " + className, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("rule " + className + " failed to start", e.getCause());
    }
  }

  @Override
  public String toString() {
    return meta.id() + " " + meta.name();
  }
}
