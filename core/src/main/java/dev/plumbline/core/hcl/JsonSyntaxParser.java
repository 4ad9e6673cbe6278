package dev.plumbline.core.hcl;

import dev.plumbline.core.hcl.JsonReader.JsonArray;
import dev.plumbline.core.hcl.JsonReader.JsonLiteral;
import dev.plumbline.core.hcl.JsonReader.JsonNumber;
import dev.plumbline.core.hcl.JsonReader.JsonObject;
import dev.plumbline.core.hcl.JsonReader.JsonString;
import dev.plumbline.core.hcl.JsonReader.Member;
import dev.plumbline.core.hcl.JsonReader.Node;
import dev.plumbline.core.source.Position;
import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the HCL JSON syntax onto the same bodies, blocks and attributes as the native syntax,
 * per HashiCorp's JSON syntax specification: a body is a JSON object (or an array of them); a
 * block type's property holds one nested object per label (or an array of them) and then the
 * block's body (or an array of bodies, one block each); every other property is an attribute.
 * Attribute values are expressions: a string is a template (so {@code "${var.x}"} is a
 * reference), an array a tuple, an object an object whose keys are templates. A {@code "//"}
 * property of a body is a comment and ignored, as in Terraform.
 *
 * <p>Templates are parsed from the decoded string, and every position inside one maps back
 * through the JSON escapes to where the character is written. A file that is not JSON gives one
 * problem and an empty body: unlike the native syntax there is no block to resume at.
 */
final class JsonSyntaxParser {

  private final SourceFile file;
  private final FilePositions positions;
  private final List<HclProblem> problems = new ArrayList<>();

  private JsonSyntaxParser(SourceFile file) {
    this.file = file;
    this.positions = new FilePositions(file);
  }

  static HclFile parse(SourceFile file, HclJsonSchema schema) {
    return new JsonSyntaxParser(file).run(schema);
  }

  private HclFile run(HclJsonSchema schema) {
    String text = file.text();
    Body body;
    try {
      Node root = JsonReader.read(text);
      body = body(root, schema);
    } catch (JsonReader.JsonError e) {
      problems.add(new HclProblem(e.limit ? HclProblem.Kind.LIMIT : HclProblem.Kind.SYNTAX,
          positions.span(e.start, e.end), e.getMessage()));
      body = new Body(List.of(), positions.span(0, text.length()));
    }
    return new HclFile(file, HclFile.Syntax.JSON, body, List.of(), problems);
  }

  private Body body(Node node, HclJsonSchema schema) {
    List<BodyItem> items = new ArrayList<>();
    Map<String, Attribute> seen = new HashMap<>();
    if (node instanceof JsonArray array) {
      for (Node element : array.elements()) {
        if (element instanceof JsonObject object) {
          members(object, schema, items, seen);
        } else {
          problem(element, "expected an object for a body, found " + kind(element));
        }
      }
    } else if (node instanceof JsonObject object) {
      members(object, schema, items, seen);
    } else {
      problem(node, "expected an object for a body, found " + kind(node));
    }
    return new Body(items, span(node));
  }

  private void members(JsonObject object, HclJsonSchema schema, List<BodyItem> items,
      Map<String, Attribute> seen) {
    for (Member member : object.members()) {
      String name = member.key().value();
      if (name.equals("//")) {
        continue;
      }
      Optional<HclJsonSchema.BlockType> blockType = schema.block(name);
      if (blockType.isPresent()) {
        blocks(member, blockType.get(), member.value(), new ArrayList<>(), new ArrayList<>(),
            items);
        continue;
      }
      Span nameSpan = span(member.key());
      Expression value = expression(member.value());
      Attribute attribute = new Attribute(name, nameSpan, value,
          new Span(nameSpan.start(), value.span().end()));
      Attribute first = seen.putIfAbsent(name, attribute);
      if (first != null) {
        problems.add(new HclProblem(HclProblem.Kind.DUPLICATE_ATTRIBUTE, nameSpan,
            "attribute '" + name + "' is already set at line " + first.nameSpan().start().line()
                + "; set each attribute once"));
      }
      items.add(attribute);
    }
  }

  /** The blocks under a block type's property, reading one label per nested object. */
  private void blocks(Member type, HclJsonSchema.BlockType blockType, Node value,
      List<String> labels, List<Span> labelSpans, List<BodyItem> items) {
    if (value instanceof JsonArray array) {
      for (Node element : array.elements()) {
        blocks(type, blockType, element, labels, labelSpans, items);
      }
      return;
    }
    if (!(value instanceof JsonObject object)) {
      problem(value, "expected an object for block '" + type.key().value() + "', found "
          + kind(value));
      return;
    }
    if (labels.size() < blockType.labels()) {
      for (Member member : object.members()) {
        List<String> nextLabels = new ArrayList<>(labels);
        nextLabels.add(member.key().value());
        List<Span> nextSpans = new ArrayList<>(labelSpans);
        nextSpans.add(span(member.key()));
        blocks(type, blockType, member.value(), nextLabels, nextSpans, items);
      }
      return;
    }
    Span typeSpan = span(type.key());
    Body body = body(object, blockType.body());
    items.add(new Block(type.key().value(), typeSpan, labels, labelSpans, body,
        new Span(typeSpan.start(), body.span().end())));
  }

  private Expression expression(Node node) {
    if (node instanceof JsonString string) {
      return template(string);
    }
    if (node instanceof JsonNumber number) {
      try {
        return new NumberLiteral(new BigDecimal(number.text()), number.text(), span(node));
      } catch (NumberFormatException e) {
        problem(node, "'" + number.text() + "' is out of range");
        return new InvalidExpression(span(node));
      }
    }
    if (node instanceof JsonLiteral literal) {
      switch (literal.text()) {
        case "true":
          return new BoolLiteral(true, span(node));
        case "false":
          return new BoolLiteral(false, span(node));
        default:
          return new NullLiteral(span(node));
      }
    }
    if (node instanceof JsonArray array) {
      List<Expression> elements = new ArrayList<>();
      for (Node element : array.elements()) {
        elements.add(expression(element));
      }
      return new TupleExpression(elements, span(node));
    }
    JsonObject object = (JsonObject) node;
    List<ObjectItem> items = new ArrayList<>();
    for (Member member : object.members()) {
      Expression key = template(member.key());
      Expression value = expression(member.value());
      items.add(new ObjectItem(key, value, new Span(key.span().start(), value.span().end())));
    }
    return new ObjectExpression(items, span(node));
  }

  /** A JSON string as a template; positions map through its escapes. */
  private Expression template(JsonString string) {
    Positions inString = index -> positions.at(string.offsetOf(index));
    Span span = span(string);
    String value = string.value();
    if (value.indexOf("${") < 0 && value.indexOf("%{") < 0) {
      MappedText text = MappedText.identity(value, 0);
      TemplatePart part = new TemplatePart.Literal(text, inString, 0);
      return new Template(List.of(part), span, Optional.empty());
    }
    return NativeParser.parseTemplate(value, inString, span, problems);
  }

  private Span span(Node node) {
    Position start = positions.at(node.start());
    return new Span(start, positions.at(node.end()));
  }

  private void problem(Node node, String message) {
    problems.add(new HclProblem(HclProblem.Kind.SYNTAX, span(node), message));
  }

  private static String kind(Node node) {
    if (node instanceof JsonObject) {
      return "an object";
    }
    if (node instanceof JsonArray) {
      return "an array";
    }
    if (node instanceof JsonString) {
      return "a string";
    }
    if (node instanceof JsonNumber) {
      return "a number";
    }
    return ((JsonLiteral) node).text();
  }
}
