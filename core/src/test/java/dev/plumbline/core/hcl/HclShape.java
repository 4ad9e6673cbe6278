package dev.plumbline.core.hcl;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shape of a parsed file for the differential check against HashiCorp's parser
 * ({@code .ci/hcl-differential}): block types, labels and attribute names, laid out the way
 * {@code @cdktf/hcl2json} lays out its JSON, with every value that is not an object or a tuple
 * replaced by {@code null}.
 *
 * <p>The layout: a body is an object; a block adds, under its type, one nested object per
 * label and then a list of bodies (so blocks of one type and labels merge into one list, in
 * source order); an attribute maps its name to its value, where a tuple constructor is a list
 * and an object constructor an object (its keys rendered as hcl2json renders them), a template
 * that is a single interpolation is its expression, and anything else is a leaf. As in
 * hcl2json, an attribute replaces a block of the same name, and a block that would nest under a
 * list (or a list under an object) cannot be laid out.
 *
 * <p>Run as a program it reads relative paths from standard input and prints one JSON line per
 * file: {@code {"path":...,"valid":...,"problems":[...],"shape":...}}.
 */
public final class HclShape {

  private HclShape() {}

  /** The layout cannot hold this file (hcl2json fails on it the same way). */
  static final class ShapeException extends Exception {
    private static final long serialVersionUID = 1L;

    ShapeException(String message) {
      super(message);
    }
  }

  /** The canonical JSON shape of a parsed file; object keys sorted. */
  public static String of(HclFile file) throws ShapeException {
    StringBuilder out = new StringBuilder();
    write(body(file.body(), file.file().text()), out);
    return out.toString();
  }

  private static Map<String, Object> body(Body body, String text) throws ShapeException {
    Map<String, Object> out = new TreeMap<>();
    for (Block block : body.blocks()) {
      Map<String, Object> level = out;
      String key = block.type();
      for (String label : block.labels()) {
        Object existing = level.get(key);
        if (existing == null) {
          Map<String, Object> next = new TreeMap<>();
          level.put(key, next);
          level = next;
        } else if (existing instanceof Map) {
          @SuppressWarnings("unchecked")
          Map<String, Object> next = (Map<String, Object>) existing;
          level = next;
        } else {
          throw new ShapeException("block " + block + " nests under a list");
        }
        key = label;
      }
      Object existing = level.get(key);
      if (existing == null) {
        List<Object> list = new ArrayList<>();
        list.add(body(block.body(), text));
        level.put(key, list);
      } else if (existing instanceof List) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) existing;
        list.add(body(block.body(), text));
      } else {
        throw new ShapeException("block " + block + " lands on an object");
      }
    }
    for (Attribute attribute : body.attributes()) {
      out.put(attribute.name(), value(attribute.expression(), text));
    }
    return out;
  }

  private static Object value(Expression expression, String text) throws ShapeException {
    if (expression instanceof Template template && template.unwrapped().isPresent()) {
      return value(template.unwrapped().get(), text);
    }
    if (expression instanceof TupleExpression tuple) {
      List<Object> list = new ArrayList<>();
      for (Expression element : tuple.elements()) {
        list.add(value(element, text));
      }
      return list;
    }
    if (expression instanceof ObjectExpression object) {
      Map<String, Object> map = new TreeMap<>();
      for (ObjectItem item : object.items()) {
        map.put(key(item.key(), text), value(item.value(), text));
      }
      return map;
    }
    return null;
  }

  /** An object key as hcl2json writes it. */
  private static String key(Expression key, String text) throws ShapeException {
    if (key instanceof ScopeTraversal) {
      return source(key.span(), text);
    }
    return stringPart(key, text);
  }

  private static String stringPart(Expression expression, String text) throws ShapeException {
    if (expression instanceof NumberLiteral number) {
      return plain(number.value());
    }
    if (expression instanceof BoolLiteral bool) {
      return String.valueOf(bool.value());
    }
    if (expression instanceof NullLiteral) {
      throw new ShapeException("null key");
    }
    if (expression instanceof Template template) {
      if (template.unwrapped().isPresent()) {
        return stringPart(template.unwrapped().get(), text);
      }
      return template(template.parts(), text);
    }
    if (expression instanceof Conditional conditional) {
      return conditional(source(conditional.condition().span(), text),
          stringPart(conditional.whenTrue(), text), stringPart(conditional.whenFalse(), text));
    }
    return "${" + source(expression.span(), text) + "}";
  }

  private static String template(List<TemplatePart> parts, String text) throws ShapeException {
    if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Literal literal) {
      return literal.value();
    }
    StringBuilder out = new StringBuilder();
    for (TemplatePart part : parts) {
      if (part instanceof TemplatePart.Literal literal) {
        out.append(literal.value());
      } else if (part instanceof TemplatePart.Interpolation interpolation) {
        out.append(stringPart(interpolation.expression(), text));
      } else if (part instanceof TemplatePart.If directive) {
        out.append(conditional(source(directive.condition().span(), text),
            template(directive.whenTrue(), text), template(directive.whenFalse(), text)));
      } else {
        TemplatePart.For directive = (TemplatePart.For) part;
        out.append("%{for ");
        directive.keyVariable().ifPresent(k -> out.append(k.name()).append(", "));
        out.append(directive.valueVariable().name()).append(" in ")
            .append(source(directive.collection().span(), text)).append('}')
            .append(template(directive.body(), text)).append("%{endfor}");
      }
    }
    return out.toString();
  }

  private static String conditional(String condition, String whenTrue, String whenFalse) {
    return "%{if " + condition + "}" + whenTrue
        + (whenFalse.isEmpty() ? "" : "%{else}" + whenFalse) + "%{endif}";
  }

  /** The source of a span, and a ')' right after it (as hcl2json's range reading does). */
  private static String source(Span span, String text) {
    int end = span.end().offset();
    if (end < text.length() && text.charAt(end) == ')') {
      end++;
    }
    return text.substring(span.start().offset(), end);
  }

  private static String plain(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string((String) e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else {
      out.append('[');
      boolean first = true;
      for (Object element : (List<?>) value) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(element, out);
      }
      out.append(']');
    }
  }

  static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * Reads paths relative to {@code args[0]} from standard input, one per line, and prints one
   * JSON line per file.
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String path = in.readLine(); path != null; path = in.readLine()) {
      if (!path.isBlank()) {
        out.println(line(path, Files.readAllBytes(root.resolve(path))));
      }
    }
    out.flush();
  }

  static String line(String path, byte[] content) {
    StringBuilder out = new StringBuilder("{\"path\":");
    string(path, out);
    List<String> problems = new ArrayList<>();
    String shape = null;
    try {
      HclFile file = HclParser.parseNative(SourceFile.decode(path, content));
      for (HclProblem problem : file.problems()) {
        problems.add(problem.span().start() + ": " + problem.message());
      }
      if (file.isValid()) {
        try {
          shape = of(file);
        } catch (ShapeException e) {
          out.append(",\"shapeError\":");
          string(e.getMessage(), out);
        }
      }
    } catch (SourceFile.NotUtf8Exception e) {
      problems.add(e.getMessage());
    }
    out.append(",\"valid\":").append(problems.isEmpty()).append(",\"problems\":[");
    for (int i = 0; i < problems.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(problems.get(i), out);
    }
    out.append(']');
    if (shape != null) {
      out.append(",\"shape\":").append(shape);
    }
    return out.append('}').toString();
  }
}
