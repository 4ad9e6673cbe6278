package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Attribute;
import dev.plumbline.core.hcl.BinaryOperation;
import dev.plumbline.core.hcl.BoolLiteral;
import dev.plumbline.core.hcl.Conditional;
import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.ForExpression;
import dev.plumbline.core.hcl.FunctionCall;
import dev.plumbline.core.hcl.NullLiteral;
import dev.plumbline.core.hcl.NumberLiteral;
import dev.plumbline.core.hcl.ObjectExpression;
import dev.plumbline.core.hcl.ObjectItem;
import dev.plumbline.core.hcl.Parenthesized;
import dev.plumbline.core.hcl.RelativeTraversal;
import dev.plumbline.core.hcl.ScopeTraversal;
import dev.plumbline.core.hcl.Splat;
import dev.plumbline.core.hcl.SplatItem;
import dev.plumbline.core.hcl.Template;
import dev.plumbline.core.hcl.TemplatePart;
import dev.plumbline.core.hcl.TraversalStep;
import dev.plumbline.core.hcl.TupleExpression;
import dev.plumbline.core.hcl.UnaryOperation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates expressions of one module where that is safe and cheap: literals, {@code var.x}
 * (the variable's default, overridden by the variables files Terraform loads by itself),
 * {@code local.x}, templates and heredocs, conditionals, operators, collections, {@code for}
 * expressions, splats, index and attribute access, and the pure functions of
 * {@link Functions}. Everything else is {@link Value#UNKNOWN}: resource and data source
 * attributes, module outputs, {@code count}, {@code each}, {@code self}, {@code path},
 * {@code terraform}, functions that read files or depend on time or chance, and any function it
 * does not know. Nothing is ever read from disk, the environment or the network.
 *
 * <p>A variable's value is only what Terraform would use without {@code -var} and
 * {@code -var-file}: a variable that a variables file Terraform does not load by itself
 * ({@code prod.tfvars}) sets is unknown, since which of them is used is decided when Terraform
 * runs.
 *
 * <p>The work is bounded: each evaluation, and each local value and variable, has a budget of
 * steps, the module has a total budget, expressions and local values nest to a limit, and
 * collections and strings have a size limit. What goes past a limit is unknown. Local values that
 * refer to each other in a cycle are unknown.
 */
public final class Evaluator {

  /** Steps one evaluation, or one local value or variable, may take. */
  static final int STEPS_PER_EVALUATION = 200_000;
  /** Steps all evaluations of a module may take together. */
  static final long STEPS_PER_MODULE = 2_000_000;
  /** How deep expressions (and local values referring to local values) are followed. */
  static final int MAX_NESTING = 100;
  /** The most elements a collection built by a {@code for} or function may have. */
  static final int MAX_ELEMENTS = 10_000;
  /** The longest string a template or function may build. */
  static final int MAX_STRING = 1 << 18;

  private static final String SPLAT_ITEM = "\0splat";
  private static final MathContext DIVISION = MathContext.DECIMAL128;

  private final TerraformModule module;
  private final Map<String, Value> variables = new HashMap<>();
  private final Map<String, Value> locals = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private long moduleSteps;
  private int steps;

  Evaluator(TerraformModule module) {
    this.module = module;
  }

  /** The value of an expression written in the module. */
  public synchronized Value evaluate(Expression expression) {
    int saved = steps;
    steps = 0;
    try {
      return eval(expression, Scope.MODULE, 0);
    } catch (Exhausted e) {
      return Value.UNKNOWN;
    } finally {
      steps = saved;
    }
  }

  /**
   * The value of {@code var.name}: the last assignment in the variables files Terraform loads
   * by itself ({@code terraform.tfvars}, {@code terraform.tfvars.json}, then
   * {@code *.auto.tfvars(.json)} by name), else the default; unknown without either, and when
   * another variables file of the module sets it.
   */
  public synchronized Value variable(String name) {
    Value cached = variables.get(name);
    if (cached != null) {
      return cached;
    }
    Value value = computeVariable(name);
    variables.put(name, value);
    return value;
  }

  /** The value of {@code local.name}; unknown for a local value that refers to itself. */
  public synchronized Value local(String name) {
    Value cached = locals.get(name);
    if (cached != null) {
      return cached;
    }
    Optional<Local> local = module.local(name);
    if (local.isEmpty() || inProgress.contains(name) || inProgress.size() >= MAX_NESTING) {
      return Value.UNKNOWN;
    }
    inProgress.add(name);
    int saved = steps;
    steps = 0;
    Value value;
    try {
      value = eval(local.get().expression(), Scope.MODULE, 0);
    } catch (Exhausted e) {
      value = Value.UNKNOWN;
    } finally {
      steps = saved;
      inProgress.remove(name);
    }
    locals.put(name, value);
    return value;
  }

  private Value computeVariable(String name) {
    Optional<Variable> variable = module.variable(name);
    if (variable.isEmpty()) {
      return Value.UNKNOWN;
    }
    Optional<Expression> chosen = variable.get().defaultExpression();
    for (TerraformFile file : loadedVariablesFiles()) {
      Optional<Attribute> assignment = file.body().attribute(name);
      if (assignment.isPresent()) {
        chosen = assignment.map(Attribute::expression);
      }
    }
    boolean setElsewhere = module.variablesFiles().stream()
        .anyMatch(f -> !f.isAutoLoaded() && f.body().attribute(name).isPresent());
    if (chosen.isEmpty() || setElsewhere) {
      return Value.UNKNOWN;
    }
    int saved = steps;
    steps = 0;
    try {
      Value value = eval(chosen.get(), Scope.CONSTANT, 0);
      return convert(value, variable.get().typeExpression());
    } catch (Exhausted e) {
      return Value.UNKNOWN;
    } finally {
      steps = saved;
    }
  }

  /** The variables files Terraform loads by itself, in the order later ones win. */
  private List<TerraformFile> loadedVariablesFiles() {
    List<TerraformFile> loaded = new ArrayList<>(module.variablesFiles().stream()
        .filter(TerraformFile::isAutoLoaded).toList());
    loaded.sort(Comparator.comparing((TerraformFile f) -> f.name().equals("terraform.tfvars") ? 0
        : f.name().equals("terraform.tfvars.json") ? 1 : 2).thenComparing(TerraformFile::name));
    return loaded;
  }

  /** A value converted to a primitive type constraint ({@code string}, {@code number}...). */
  private static Value convert(Value value, Optional<Expression> type) {
    String name = type.flatMap(Expression::traversal).filter(t -> t.steps().isEmpty())
        .map(ScopeTraversal::root).or(() -> type.flatMap(Expression::stringValue)).orElse("");
    if (value.isNull() || !value.isKnown()) {
      return value;
    }
    return switch (name) {
      case "string" -> value.toText().map(Value::string).orElse(Value.UNKNOWN);
      case "number" -> value.toNumber().map(Value::number).orElse(Value.UNKNOWN);
      case "bool" -> value.toBoolean().map(Value::bool).orElse(Value.UNKNOWN);
      default -> value;
    };
  }

  /** Iteration variables in scope, and whether references and functions may be evaluated. */
  private record Scope(String name, Value value, Scope parent, boolean constant) {
    static final Scope MODULE = new Scope(null, null, null, false);
    /** Variable defaults and variables files: literals only, as in Terraform. */
    static final Scope CONSTANT = new Scope(null, null, null, true);

    Scope with(String variable, Value bound) {
      return new Scope(variable, bound, this, constant);
    }

    Optional<Value> lookup(String variable) {
      for (Scope s = this; s != null; s = s.parent) {
        if (variable.equals(s.name)) {
          return Optional.of(s.value);
        }
      }
      return Optional.empty();
    }
  }

  /** The budget ran out: the whole evaluation is unknown. */
  private static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exhausted() {
      super(null, null, false, false);
    }
  }

  /** Takes {@code n} steps from the budgets. */
  void spend(long n) {
    steps += (int) Math.min(n, STEPS_PER_EVALUATION);
    moduleSteps += n;
    if (steps > STEPS_PER_EVALUATION || moduleSteps > STEPS_PER_MODULE) {
      throw new Exhausted();
    }
  }

  private Value eval(Expression e, Scope scope, int depth) {
    spend(1);
    if (depth > MAX_NESTING) {
      return Value.UNKNOWN;
    }
    int next = depth + 1;
    if (e instanceof NumberLiteral n) {
      return Value.number(n.value());
    }
    if (e instanceof BoolLiteral b) {
      return Value.bool(b.value());
    }
    if (e instanceof NullLiteral) {
      return Value.NULL;
    }
    if (e instanceof Template t) {
      return template(t, scope, next);
    }
    if (e instanceof ScopeTraversal t) {
      return traversal(t, scope, next);
    }
    if (e instanceof RelativeTraversal t) {
      return steps(eval(t.source(), scope, next), t.steps(), scope, next);
    }
    if (e instanceof Parenthesized p) {
      return eval(p.expression(), scope, next);
    }
    if (e instanceof TupleExpression t) {
      List<Value> elements = new ArrayList<>();
      for (Expression element : t.elements()) {
        elements.add(eval(element, scope, next));
      }
      return Value.list(elements);
    }
    if (e instanceof ObjectExpression o) {
      return object(o, scope, next);
    }
    if (e instanceof Conditional c) {
      return conditional(c, scope, next);
    }
    if (e instanceof UnaryOperation u) {
      return Operators.unary(u.operator(), eval(u.operand(), scope, next));
    }
    if (e instanceof BinaryOperation b) {
      return Operators.binary(b.operator(), eval(b.left(), scope, next),
          eval(b.right(), scope, next));
    }
    if (e instanceof ForExpression f) {
      return forExpression(f, scope, next);
    }
    if (e instanceof Splat s) {
      return splat(s, scope, next);
    }
    if (e instanceof SplatItem) {
      return scope.lookup(SPLAT_ITEM).orElse(Value.UNKNOWN);
    }
    if (e instanceof FunctionCall call) {
      return call(call, scope, next);
    }
    return Value.UNKNOWN;
  }

  private Value traversal(ScopeTraversal t, Scope scope, int depth) {
    Optional<Value> bound = scope.lookup(t.root());
    if (bound.isPresent()) {
      return steps(bound.get(), t.steps(), scope, depth);
    }
    if (scope.constant() || t.steps().isEmpty()
        || !(t.steps().get(0) instanceof TraversalStep.GetAttr name)) {
      return Value.UNKNOWN;
    }
    List<TraversalStep> rest = t.steps().subList(1, t.steps().size());
    return switch (t.root()) {
      case "var" -> steps(variable(name.name()), rest, scope, depth);
      case "local" -> steps(local(name.name()), rest, scope, depth);
      default -> Value.UNKNOWN;
    };
  }

  private Value steps(Value value, List<TraversalStep> steps, Scope scope, int depth) {
    Value current = value;
    for (TraversalStep step : steps) {
      spend(1);
      if (!current.isKnown()) {
        return Value.UNKNOWN;
      }
      if (step instanceof TraversalStep.GetAttr attr) {
        current = current.get(attr.name());
      } else {
        current = index(current, eval(((TraversalStep.Index) step).key(), scope, depth));
      }
    }
    return current;
  }

  /** {@code value[key]}: a list by a whole number, a map by a string. */
  static Value index(Value value, Value key) {
    if (value.asList().isPresent()) {
      Optional<BigDecimal> n = key.toNumber();
      if (n.isPresent() && n.get().signum() >= 0 && n.get().scale() <= 0
          && n.get().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0) {
        return value.get(n.get().intValueExact());
      }
      return Value.UNKNOWN;
    }
    return key.toText().map(value::get).orElse(Value.UNKNOWN);
  }

  private Value object(ObjectExpression o, Scope scope, int depth) {
    Map<String, Value> entries = new LinkedHashMap<>();
    for (ObjectItem item : o.items()) {
      Optional<String> key = item.key() instanceof ScopeTraversal t && t.steps().isEmpty()
          ? Optional.of(t.root()) : eval(item.key(), scope, depth).toText();
      if (key.isEmpty()) {
        return Value.UNKNOWN;
      }
      entries.put(key.get(), eval(item.value(), scope, depth));
    }
    return Value.map(entries);
  }

  private Value conditional(Conditional c, Scope scope, int depth) {
    Optional<Boolean> condition = eval(c.condition(), scope, depth).toBoolean();
    if (condition.isPresent()) {
      return eval(condition.get() ? c.whenTrue() : c.whenFalse(), scope, depth);
    }
    Value whenTrue = eval(c.whenTrue(), scope, depth);
    Value whenFalse = eval(c.whenFalse(), scope, depth);
    return whenTrue.isWhollyKnown() && whenTrue.equals(whenFalse) ? whenTrue : Value.UNKNOWN;
  }

  private Value template(Template t, Scope scope, int depth) {
    Optional<Expression> only = t.unwrapped();
    if (only.isPresent()) {
      return eval(only.get(), scope, depth);
    }
    StringBuilder out = new StringBuilder();
    return parts(t.parts(), scope, depth, out) ? Value.string(out.toString()) : Value.UNKNOWN;
  }

  /** Appends the text of template parts; false when some of it is unknown. */
  private boolean parts(List<TemplatePart> parts, Scope scope, int depth, StringBuilder out) {
    if (depth > MAX_NESTING) {
      return false;
    }
    for (TemplatePart part : parts) {
      if (part instanceof TemplatePart.Literal literal) {
        out.append(literal.value());
        spend(1 + literal.value().length() / 16);
      } else if (part instanceof TemplatePart.Interpolation interpolation) {
        Optional<String> text = eval(interpolation.expression(), scope, depth).toText();
        if (text.isEmpty()) {
          return false;
        }
        out.append(text.get());
        spend(1 + text.get().length() / 16);
      } else if (part instanceof TemplatePart.If branch) {
        Optional<Boolean> condition = eval(branch.condition(), scope, depth).toBoolean();
        if (condition.isEmpty() || !parts(condition.get() ? branch.whenTrue()
            : branch.whenFalse(), scope, depth + 1, out)) {
          return false;
        }
      } else if (!forParts((TemplatePart.For) part, scope, depth, out)) {
        return false;
      }
      if (out.length() > MAX_STRING) {
        return false;
      }
    }
    return true;
  }

  private boolean forParts(TemplatePart.For loop, Scope scope, int depth, StringBuilder out) {
    Optional<List<Map.Entry<Value, Value>>> elements =
        elements(eval(loop.collection(), scope, depth));
    if (elements.isEmpty()) {
      return false;
    }
    for (Map.Entry<Value, Value> element : elements.get()) {
      Scope inner = bind(scope, loop.keyVariable().map(k -> k.name()),
          loop.valueVariable().name(), element);
      if (!parts(loop.body(), inner, depth + 1, out) || out.length() > MAX_STRING) {
        return false;
      }
    }
    return true;
  }

  private static Scope bind(Scope scope, Optional<String> keyVariable, String valueVariable,
      Map.Entry<Value, Value> element) {
    Scope inner = keyVariable.map(k -> scope.with(k, element.getKey())).orElse(scope);
    return inner.with(valueVariable, element.getValue());
  }

  /** The (key, value) pairs a {@code for} iterates: index and element, or key and value. */
  private Optional<List<Map.Entry<Value, Value>>> elements(Value collection) {
    List<Map.Entry<Value, Value>> result = new ArrayList<>();
    if (collection.asList().isPresent()) {
      List<Value> list = collection.asList().get();
      for (int i = 0; i < list.size(); i++) {
        result.add(Map.entry(Value.number(i), list.get(i)));
      }
    } else if (collection.asMap().isPresent()) {
      collection.asMap().get().forEach((k, v) -> result.add(Map.entry(Value.string(k), v)));
    } else {
      return Optional.empty();
    }
    spend(result.size());
    return Optional.of(result);
  }

  private Value forExpression(ForExpression f, Scope scope, int depth) {
    Optional<List<Map.Entry<Value, Value>>> elements =
        elements(eval(f.collection(), scope, depth));
    if (elements.isEmpty()) {
      return Value.UNKNOWN;
    }
    List<Value> tuple = new ArrayList<>();
    Map<String, Value> object = new LinkedHashMap<>();
    Map<String, List<Value>> groups = new LinkedHashMap<>();
    for (Map.Entry<Value, Value> element : elements.get()) {
      Scope inner = bind(scope, f.keyVariable().map(k -> k.name()), f.valueVariable().name(),
          element);
      if (f.condition().isPresent()) {
        Optional<Boolean> keep = eval(f.condition().get(), inner, depth).toBoolean();
        if (keep.isEmpty()) {
          return Value.UNKNOWN;
        }
        if (!keep.get()) {
          continue;
        }
      }
      Value value = eval(f.value(), inner, depth);
      if (!f.object()) {
        tuple.add(value);
        continue;
      }
      Optional<String> key = eval(f.key().orElseThrow(), inner, depth).toText();
      if (key.isEmpty()) {
        return Value.UNKNOWN;
      }
      if (f.grouping()) {
        groups.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(value);
      } else if (object.put(key.get(), value) != null) {
        return Value.UNKNOWN; // Terraform rejects a repeated key without '...'
      }
    }
    if (!f.object()) {
      return Value.list(tuple);
    }
    if (f.grouping()) {
      groups.forEach((k, v) -> object.put(k, Value.list(v)));
    }
    return Value.map(object);
  }

  private Value splat(Splat s, Scope scope, int depth) {
    Value source = eval(s.source(), scope, depth);
    if (!source.isKnown()) {
      return Value.UNKNOWN;
    }
    if (source.isNull()) {
      return Value.list(List.of());
    }
    List<Value> items = source.asList().orElse(List.of(source));
    spend(items.size());
    List<Value> result = new ArrayList<>();
    for (Value item : items) {
      result.add(eval(s.each(), scope.with(SPLAT_ITEM, item), depth));
    }
    return Value.list(result);
  }

  private Value call(FunctionCall call, Scope scope, int depth) {
    if (scope.constant() || call.name().contains("::")) {
      return Value.UNKNOWN;
    }
    List<Value> arguments = new ArrayList<>();
    for (Expression argument : call.arguments()) {
      arguments.add(eval(argument, scope, depth));
    }
    if (call.expandFinal()) {
      if (arguments.isEmpty()) {
        return Value.UNKNOWN;
      }
      Optional<List<Value>> last = arguments.remove(arguments.size() - 1).asList();
      if (last.isEmpty()) {
        return Value.UNKNOWN;
      }
      arguments.addAll(last.get());
    }
    return Functions.call(call.name(), arguments, this);
  }

  /** Division for the operators, to Terraform's precision or better. */
  static MathContext division() {
    return DIVISION;
  }
}
