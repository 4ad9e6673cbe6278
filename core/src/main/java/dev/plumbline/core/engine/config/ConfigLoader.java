package dev.plumbline.core.engine.config;

import dev.plumbline.core.engine.Limits;
import dev.plumbline.core.engine.RuleConfig;
import dev.plumbline.core.engine.SourceReader;
import dev.plumbline.core.engine.discovery.IgnorePattern;
import dev.plumbline.core.rule.RuleRegistry;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import dev.plumbline.core.yaml.YamlDocument;
import dev.plumbline.core.yaml.YamlLimits;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlNode;
import dev.plumbline.core.yaml.YamlParser;
import dev.plumbline.core.yaml.YamlScalar;
import dev.plumbline.core.yaml.YamlSequence;
import dev.plumbline.core.yaml.YamlStream;
import dev.plumbline.core.yaml.schema.Shape;
import dev.plumbline.core.yaml.schema.ShapeValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a {@code .plumbline.yml} into a {@link Config}, checking it against the rules Plumbline
 * knows. Every problem of the file is collected, with its line and column, before a
 * {@link ConfigException} reports them all; nothing is applied from a file with problems.
 *
 * <pre>
 * fail-on: error                 # error, warning, note or never
 * exclude: [vendor/, "**&#47;*.generated.yml"]
 * rules:
 *   GHA006: off                  # by ID (any case) or name
 *   unpinned-action:
 *     severity: error            # off, error, warning or note
 *     options:
 *       trusted-owners: [actions, github, my-org]
 * overrides:
 *   - files: [legacy/]           # .gitignore syntax, relative to this file's directory
 *     rules:
 *       script-injection: warning
 * limits:
 *   max-file-size: 10MB          # and max-files, max-findings-per-file, max-yaml-...
 * </pre>
 */
public final class ConfigLoader {

  /** The names a configuration file may have; a directory may hold only one of them. */
  public static final List<String> FILE_NAMES = List.of(".plumbline.yml", ".plumbline.yaml");

  /** Far above any real configuration. */
  static final int MAX_BYTES = 1 << 20;

  private static final Shape.MapShape OVERRIDE = Shape.mapping("override")
      .required("files", Shape.listOf(Shape.STRING))
      .key("rules", Shape.mapOf("rule", Shape.ANY))
      .build();

  private static final Shape.MapShape LIMITS = limitsShape();

  private static final Shape.MapShape CONFIG = Shape.mapping("configuration file")
      .key("fail-on", Shape.STRING)
      .key("exclude", Shape.listOf(Shape.STRING))
      .key("rules", Shape.mapOf("rule", Shape.ANY))
      .key("overrides", Shape.listOf(OVERRIDE))
      .key("limits", LIMITS)
      .build();

  private final RuleRegistry registry;

  public ConfigLoader(RuleRegistry registry) {
    this.registry = registry;
  }

  /**
   * Reads and checks a configuration file.
   *
   * @param file        the file; {@code exclude} and override patterns are relative to its
   *                    directory
   * @param displayPath how messages name the file
   * @throws ConfigException with every problem found
   */
  public Config load(Path file, String displayPath) {
    Problems problems = new Problems(displayPath);
    byte[] bytes = read(file, problems);
    problems.throwIfAny(); // null bytes come with a problem
    SourceReader.Result decoded = SourceReader.decode(displayPath, bytes);
    if (decoded instanceof SourceReader.NotText notText) {
      problems.at(Span.at(notText.position()), notText.message());
    }
    problems.throwIfAny();
    return parse(((SourceReader.Text) decoded).file(), file);
  }

  /**
   * Checks a configuration already in memory.
   *
   * @param source the text; its path is how messages name the file
   * @param file   where the file is; {@code exclude} and override patterns are relative to its
   *               directory
   * @throws ConfigException with every problem found
   */
  public Config parse(SourceFile source, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path directory = absolute.getParent() == null ? absolute : absolute.getParent();
    Problems problems = new Problems(source.path());
    YamlStream stream = new YamlParser(YamlLimits.DEFAULT, true).parse(source);
    stream.problems().forEach(p -> problems.at(p.span(), p.message()));
    if (stream.fatalProblem().isPresent()) {
      problems.throwIfAny();
    }
    List<YamlDocument> documents = stream.documents();
    if (documents.size() > 1) {
      problems.at(documents.get(1).root().span(),
          "a configuration file holds one YAML document; this is a second one");
    }
    Config config = Config.defaults(directory);
    YamlNode root = documents.isEmpty() ? null : documents.get(0).root();
    if (root instanceof YamlMapping mapping) {
      config = read(mapping, absolute, directory, problems);
    } else if (root != null && !root.isNull()) {
      problems.at(root.span(), "a configuration file is a mapping of settings (fail-on, exclude, "
          + "rules, overrides, limits), not " + Problems.describe(root));
    }
    problems.throwIfAny();
    return new Config(Optional.of(absolute), directory, config.failOn(), config.exclude(),
        config.rules(), config.overrides(), config.limits());
  }

  private Config read(YamlMapping root, Path file, Path directory, Problems problems) {
    ShapeValidator.validate(root, CONFIG, "the configuration", root.span())
        .forEach(v -> problems.at(v.span(), v.message()));
    RuleSettingsReader rules = new RuleSettingsReader(registry, problems);
    List<Config.FileOverride> overrides = new ArrayList<>();
    root.sequence("overrides").ifPresent(list -> {
      for (int i = 0; i < list.size(); i++) {
        if (list.items().get(i) instanceof YamlMapping item) {
          override(item, rules, problems).ifPresent(overrides::add);
        }
      }
    });
    return new Config(Optional.of(file), directory, failOn(root, problems),
        root.sequence("exclude").map(s -> patterns(s, "'exclude'", problems)).orElse(List.of()),
        root.mapping("rules").map(rules::read).orElse(Map.of()), overrides,
        root.mapping("limits").map(m -> limits(m, problems)).orElse(Limits.DEFAULT));
  }

  private static Shape.MapShape limitsShape() {
    Shape.MapShape.Builder builder = Shape.mapping("limits section");
    for (LimitSetting setting : LimitSetting.values()) {
      builder.key(setting.key(), Shape.ANY);
    }
    return builder.build();
  }

  /** The {@code limits:} settings over the defaults; unknown keys are the shape's to report. */
  private static Limits limits(YamlMapping settings, Problems problems) {
    Limits limits = Limits.DEFAULT;
    for (YamlMapping.Entry entry : settings.entries()) {
      Optional<LimitSetting> setting = LimitSetting.forKey(entry.keyText());
      if (setting.isEmpty()) {
        continue;
      }
      YamlNode value = entry.value();
      // a count is a YAML integer; a size may also be a string with a unit
      OptionalLong parsed = value instanceof YamlScalar s && (s.type() == YamlScalar.Type.INT
          || s.type() == YamlScalar.Type.STRING && setting.get().isSize())
          ? setting.get().parse(s.value()) : OptionalLong.empty();
      if (parsed.isEmpty()) {
        // a number out of range is quoted as written
        String actual = value instanceof YamlScalar s && !s.isNull() && !Problems.isString(s)
            ? s.value() : Problems.describe(value);
        problems.at(value.span(), "'" + setting.get().key() + "' must be "
            + setting.get().expected() + ", not " + actual);
      } else {
        limits = setting.get().with(limits, parsed.getAsLong());
      }
    }
    return limits;
  }

  private static Optional<FailOn> failOn(YamlMapping root, Problems problems) {
    Optional<YamlScalar> value = root.scalar("fail-on");
    if (value.isEmpty()) {
      return Optional.empty(); // absent, or not a scalar (reported by the shape)
    }
    Optional<FailOn> failOn = Problems.isString(value.get())
        ? FailOn.fromLabel(value.get().value()) : Optional.empty();
    if (failOn.isEmpty()) {
      problems.at(value.get().span(), "'fail-on' must be "
          + Problems.alternatives(FailOn.labels()) + ", not " + Problems.describe(value.get()));
    }
    return failOn;
  }

  private static Optional<Config.FileOverride> override(YamlMapping item,
      RuleSettingsReader reader, Problems problems) {
    Optional<YamlSequence> files = item.sequence("files");
    if (files.isPresent() && files.get().isEmpty()) {
      problems.at(files.get().span(), "'files' is empty; list the paths the override is for");
    }
    Map<String, RuleConfig> rules = item.mapping("rules").map(reader::read).orElse(Map.of());
    return files.map(f -> new Config.FileOverride(patterns(f, "'files'", problems), rules));
  }

  /** The patterns of a list, each checked; non-scalars are reported by the shape. */
  private static List<String> patterns(YamlSequence list, String label, Problems problems) {
    List<String> patterns = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      YamlNode item = list.items().get(i);
      String itemLabel = label + " item " + (i + 1);
      if (!(item instanceof YamlScalar scalar) || scalar.isNull()) {
        continue;
      }
      if (!Problems.isString(scalar)) {
        problems.at(item.span(), itemLabel + " must be a string, not "
            + Problems.describe(item));
      } else if (scalar.value().startsWith("#")) {
        problems.at(item.span(), itemLabel + " starts with '#', which makes it a comment in "
            + ".gitignore syntax; write \\# to match a '#'");
      } else if (IgnorePattern.parse(scalar.value()).isEmpty()) {
        problems.at(item.span(), itemLabel + " is an empty pattern");
      } else {
        patterns.add(scalar.value());
      }
    }
    return patterns;
  }

  /** The file's bytes, or null with a problem. */
  private static byte[] read(Path file, Problems problems) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        problems.whole("the configuration file is larger than 1 MiB");
        return null;
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          problems.whole("the configuration file is larger than 1 MiB");
          return null;
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      problems.whole("no such configuration file");
    } catch (AccessDeniedException e) {
      problems.whole("the configuration file cannot be read (permission denied)");
    } catch (IOException e) {
      problems.whole("the configuration file cannot be read (" + e.getMessage() + ")");
    }
    return null;
  }
}
