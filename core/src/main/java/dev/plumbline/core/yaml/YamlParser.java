package dev.plumbline.core.yaml;

import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Parses YAML 1.2 (core schema: {@code on} and {@code yes} are strings) into positioned trees,
 * with snakeyaml-engine's composer. Aliases resolve to the anchored node, {@code <<} merge keys
 * are applied (explicit keys win, as in YAML 1.1 loaders and GitLab), duplicate keys are
 * reported, and alias count, nesting depth and size are limited. Never throws for bad input.
 */
public final class YamlParser {

  private static final String MERGE_KEY = "<<";

  /**
   * The YAML 1.2 core schema, with {@code <<} left a plain key: merges are applied by the
   * converter, which marks merged entries and keeps their original spans. A plain
   * {@code ${VAR}} is a string: the library's resolver would give it its own environment
   * variable tag, which YAML 1.2 does not have.
   */
  private static final Schema SCHEMA = new Schema() {
    private final CoreSchema core = new CoreSchema();
    private final ScalarResolver core12 = new CoreScalarResolver(false);
    private final ScalarResolver resolver = (value, implicit) -> {
      Tag tag = core12.resolve(value, implicit);
      return Tag.ENV_TAG.equals(tag) ? Tag.STR : tag;
    };

    @Override
    public ScalarResolver getScalarResolver() {
      return resolver;
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
      return core.getSchemaTagConstructors();
    }
  };

  private final YamlLimits limits;
  private final boolean mergeKeys;

  public YamlParser(YamlLimits limits, boolean mergeKeys) {
    this.limits = limits;
    this.mergeKeys = mergeKeys;
  }

  public YamlParser() {
    this(YamlLimits.DEFAULT, true);
  }

  public YamlStream parse(SourceFile file) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(file.path())
        .setSchema(SCHEMA)
        .setAllowDuplicateKeys(true) // reported by us, with both positions
        .setAllowRecursiveKeys(false)
        .setAllowNonScalarKeys(true) // valid YAML; platforms report them where keys must be names
        .setMaxAliasesForCollections(limits.maxAliasesForCollections())
        .setCodePointLimit(limits.maxCodePoints())
        .setUseMarks(true)
        .setParseComments(false)
        .build();
    List<YamlDocument> documents = new ArrayList<>();
    List<YamlProblem> problems = new ArrayList<>();
    StreamReader reader = new StreamReader(settings, file.text());
    DepthLimitedComposer composer = new DepthLimitedComposer(settings,
        new ParserImpl(settings, reader), limits.maxDepth());
    try {
      while (composer.hasNext()) {
        Node root = composer.next();
        Converter converter = new Converter(file, problems);
        YamlNode tree = converter.convert(root);
        Optional<YamlProblem> overLimit = converter.sharesNodes
            ? AliasExpansion.check(tree, limits) : Optional.empty();
        if (overLimit.isPresent()) {
          problems.add(overLimit.get());
          break;
        }
        documents.add(new YamlDocument(file, tree));
      }
    } catch (DepthLimitedComposer.TooDeepException e) {
      problems.add(new YamlProblem(YamlProblem.Kind.LIMIT, pointSpan(file, e.mark),
          String.format(Locale.ROOT, "nesting is deeper than %,d levels (limit max-yaml-depth)",
              limits.maxDepth())));
    } catch (MarkedYamlEngineException e) {
      problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX,
          pointSpan(file, e.getProblemMark().or(e::getContextMark)), syntaxMessage(e)));
    } catch (ReaderException e) {
      problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, characterSpan(file, e.getPosition()),
          String.format(Locale.ROOT, "YAML syntax error: the character U+%04X is not allowed in "
              + "YAML; write control characters as escapes in a double-quoted string",
              e.getCodePoint())));
    } catch (YamlEngineException e) {
      problems.add(new YamlProblem(kindOf(e), Span.at(file.position(0)), limitMessage(e)));
    } catch (NumberFormatException e) {
      // the library converts the hexadecimal digits of a double-quoted escape unchecked: it
      // throws this when the text ends before them or they exceed an int; the reader stopped
      // at the digits
      problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, pointSpan(file, reader.getMark()),
          "YAML syntax error: an escape \\x, \\u or \\U needs 2, 4 or 8 hexadecimal digits "
              + "that name a Unicode character"));
    } catch (StackOverflowError e) {
      problems.add(new YamlProblem(YamlProblem.Kind.LIMIT, Span.at(file.position(0)),
          "nesting is too deep to read"));
    }
    return new YamlStream(file, documents, problems);
  }

  private static YamlProblem.Kind kindOf(YamlEngineException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("aliases") || m.contains("code points") || m.contains("exceeds")
        ? YamlProblem.Kind.LIMIT : YamlProblem.Kind.SYNTAX;
  }

  private String limitMessage(YamlEngineException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("aliases")) {
      return String.format(Locale.ROOT, "more than %,d aliases to mappings or sequences in one "
          + "document (possible alias bomb; limit max-yaml-aliases)",
          limits.maxAliasesForCollections());
    }
    if (m.contains("code points")) {
      return "the YAML text is longer than the file size limit (limit max-file-size)";
    }
    return m;
  }

  private static String syntaxMessage(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
    String context = e.getContext();
    StringBuilder sb = new StringBuilder("YAML syntax error: ").append(problem);
    if (context != null && !context.isBlank()) {
      sb.append(" (").append(context);
      e.getContextMark().ifPresent(m -> sb.append(" at line ").append(m.getLine() + 1));
      sb.append(')');
    }
    return sb.toString();
  }

  /** The character at a code-point index of the text, as the reader counts. */
  private static Span characterSpan(SourceFile file, int codePointIndex) {
    String text = file.text();
    try {
      int offset = text.offsetByCodePoints(0, codePointIndex);
      return file.span(offset, offset < text.length() ? text.offsetByCodePoints(offset, 1) : offset);
    } catch (IndexOutOfBoundsException e) {
      return Span.at(file.position(0));
    }
  }

  private static Span pointSpan(SourceFile file, Optional<Mark> mark) {
    return Span.at(mark.map(m -> position(file, m)).orElse(file.position(0)));
  }

  static Position position(SourceFile file, Mark mark) {
    int line = Math.min(mark.getLine() + 1, file.lines().lineCount());
    return file.position(line, mark.getColumn() + 1);
  }

  /** Turns composed nodes into our tree, once per node so that aliases stay shared. */
  private final class Converter {
    private final SourceFile file;
    private final List<YamlProblem> problems;
    private final Map<Node, YamlNode> done = new IdentityHashMap<>();
    private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
    /** Whether an alias made a node a child twice: only then can a walk visit more nodes. */
    private boolean sharesNodes;

    Converter(SourceFile file, List<YamlProblem> problems) {
      this.file = file;
      this.problems = problems;
    }

    YamlNode convert(Node node) {
      YamlNode converted = done.get(node);
      if (converted != null) {
        sharesNodes = true;
        return converted;
      }
      if (inProgress.containsKey(node)) {
        problems.add(new YamlProblem(YamlProblem.Kind.LIMIT, start(node),
            "an alias refers to a node that contains it (recursive structure)"));
        return emptyScalar(node);
      }
      inProgress.put(node, Boolean.TRUE);
      converted = switch (node.getNodeType()) {
        case SCALAR -> scalar((ScalarNode) node);
        case SEQUENCE -> sequence((SequenceNode) node);
        case MAPPING -> mapping((MappingNode) node);
        default -> emptyScalar(node);
      };
      inProgress.remove(node);
      done.put(node, converted);
      return converted;
    }

    private YamlScalar scalar(ScalarNode node) {
      Position start = position(file, node.getStartMark().orElseThrow());
      Position end = position(file, node.getEndMark().orElseThrow());
      ScalarStyle style = switch (node.getScalarStyle()) {
        case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
        case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
        case LITERAL -> ScalarStyle.LITERAL;
        case FOLDED -> ScalarStyle.FOLDED;
        default -> ScalarStyle.PLAIN;
      };
      int contentEnd = end.offset();
      if (style.isBlock()) {
        end = trimTrailingSpace(start, end);
      }
      return new YamlScalar(file, new Span(start, end), contentEnd, node.getValue(), style,
          node.getTag().getValue(), isCustom(node));
    }

    private YamlSequence sequence(SequenceNode node) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : node.getValue()) {
        items.add(convert(item));
      }
      boolean flow = node.getFlowStyle() == FlowStyle.FLOW;
      Span span = collectionSpan(node, flow, items);
      return new YamlSequence(span, node.getTag().getValue(), isCustom(node), items);
    }

    private YamlMapping mapping(MappingNode node) {
      List<YamlMapping.Entry> explicit = new ArrayList<>();
      List<YamlMapping.Entry> merged = new ArrayList<>();
      // the converted nodes themselves: an alias to this very mapping is converted to a
      // placeholder that is never recorded as done
      List<YamlNode> children = new ArrayList<>();
      int mergeAt = -1;
      for (NodeTuple tuple : node.getValue()) {
        YamlNode key = convert(tuple.getKeyNode());
        YamlNode value = convert(tuple.getValueNode());
        children.add(key);
        children.add(value);
        if (mergeKeys && key instanceof YamlScalar s && s.isPlain() && s.value().equals(MERGE_KEY)) {
          if (mergeAt < 0) {
            mergeAt = explicit.size();
          }
          merge(value, merged);
        } else {
          explicit.add(new YamlMapping.Entry(key, value, false));
        }
      }
      reportDuplicates(explicit);
      List<YamlMapping.Entry> entries = new ArrayList<>(explicit);
      if (mergeAt >= 0) {
        List<YamlMapping.Entry> inherited = new ArrayList<>();
        // a set, not a search of the lists: merging many large mappings stays linear
        Set<String> keys = new HashSet<>();
        explicit.forEach(x -> keys.add(x.keyText()));
        for (YamlMapping.Entry e : merged) {
          if (keys.add(e.keyText())) {
            inherited.add(new YamlMapping.Entry(e.key(), e.value(), true));
          }
        }
        entries.addAll(mergeAt, inherited);
      }
      boolean flow = node.getFlowStyle() == FlowStyle.FLOW;
      Span span = collectionSpan(node, flow, children);
      return new YamlMapping(span, node.getTag().getValue(), isCustom(node), entries);
    }

    /** {@code <<: *a} or {@code <<: [*a, *b]}: earlier sources win over later ones. */
    private void merge(YamlNode source, List<YamlMapping.Entry> into) {
      if (source instanceof YamlMapping m) {
        into.addAll(m.entries());
      } else if (source instanceof YamlSequence s) {
        for (YamlNode item : s.items()) {
          if (item instanceof YamlMapping m) {
            into.addAll(m.entries());
          } else {
            problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, item.span(),
                "a merge key (<<) list may only hold mappings, not " + item.kindName()));
          }
        }
      } else {
        problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, source.span(),
            "a merge key (<<) needs a mapping or a list of mappings, not " + source.kindName()));
      }
    }

    private void reportDuplicates(List<YamlMapping.Entry> entries) {
      Map<String, YamlMapping.Entry> seen = new HashMap<>();
      for (YamlMapping.Entry e : entries) {
        if (!(e.key() instanceof YamlScalar)) {
          continue;
        }
        YamlMapping.Entry first = seen.putIfAbsent(e.keyText(), e);
        if (first != null) {
          problems.add(new YamlProblem(YamlProblem.Kind.DUPLICATE_KEY, e.keySpan(),
              "duplicate key '" + e.keyText() + "' (first defined at line "
                  + first.keySpan().start().line() + ")"));
        }
      }
    }

    /**
     * A flow collection ends at its bracket. A block collection's end mark lies after trailing
     * comments and blank lines, so it ends with the last child written inside it instead
     * (aliased children are written elsewhere and do not count).
     */
    private Span collectionSpan(Node node, boolean flow, List<YamlNode> children) {
      Position start = position(file, node.getStartMark().orElseThrow());
      if (flow) {
        return new Span(start, position(file, node.getEndMark().orElseThrow()));
      }
      Position end = start;
      for (YamlNode child : children) {
        Span s = child.span();
        if (s.start().offset() >= start.offset() && s.end().offset() > end.offset()) {
          end = s.end();
        }
      }
      return new Span(start, end);
    }

    private Position trimTrailingSpace(Position start, Position end) {
      String text = file.text();
      int e = end.offset();
      while (e > start.offset() && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      return e == end.offset() ? end : file.position(e);
    }

    private Span start(Node node) {
      return Span.at(position(file, node.getStartMark().orElseThrow()));
    }

    private YamlScalar emptyScalar(Node node) {
      Position p = position(file, node.getStartMark().orElseThrow());
      return new YamlScalar(file, Span.at(p), p.offset(), "", ScalarStyle.PLAIN, Tags.NULL, false);
    }
  }

  /** A tag outside the YAML schema, such as GitLab's {@code !reference}. */
  private static boolean isCustom(Node node) {
    return !node.getTag().getValue().startsWith("tag:yaml.org,2002:");
  }

  /** A composer that stops at a nesting depth, before the JVM stack does. */
  private static final class DepthLimitedComposer extends Composer {
    private final int maxDepth;
    private int depth;

    DepthLimitedComposer(LoadSettings settings, ParserImpl parser, int maxDepth) {
      super(settings, parser);
      this.maxDepth = maxDepth;
    }

    @Override
    protected SequenceNode composeSequenceNode(Optional<Anchor> anchor) {
      enter();
      try {
        return super.composeSequenceNode(anchor);
      } finally {
        depth--;
      }
    }

    @Override
    protected Node composeMappingNode(Optional<Anchor> anchor) {
      enter();
      try {
        return super.composeMappingNode(anchor);
      } finally {
        depth--;
      }
    }

    private void enter() {
      if (++depth > maxDepth) {
        throw new TooDeepException(parser.peekEvent().getStartMark());
      }
    }

    static final class TooDeepException extends RuntimeException {
      private static final long serialVersionUID = 1L;
      final transient Optional<Mark> mark;

      TooDeepException(Optional<Mark> mark) {
        super(null, null, false, false);
        this.mark = mark;
      }
    }
  }
}
