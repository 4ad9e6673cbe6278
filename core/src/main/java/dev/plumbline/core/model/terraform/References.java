package dev.plumbline.core.model.terraform;

import dev.plumbline.core.hcl.Attribute;
import dev.plumbline.core.hcl.Block;
import dev.plumbline.core.hcl.Body;
import dev.plumbline.core.hcl.Expression;
import dev.plumbline.core.hcl.ForExpression;
import dev.plumbline.core.hcl.ObjectExpression;
import dev.plumbline.core.hcl.ObjectItem;
import dev.plumbline.core.hcl.ScopeTraversal;
import dev.plumbline.core.hcl.Template;
import dev.plumbline.core.hcl.TemplatePart;
import dev.plumbline.core.hcl.TraversalStep;
import dev.plumbline.core.source.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the references in the blocks and expressions of a module (see {@link Reference} for what
 * counts). Expressions are walked with an explicit stack, so a long operator chain cannot exhaust
 * the stack; block nesting is bounded by the parser.
 */
final class References {

  /** Attributes of any block that name providers, not values. */
  private static final Set<String> PROVIDER_ATTRIBUTES = Set.of("provider", "providers");

  private final TerraformNode from;
  private final Consumer<Reference> sink;

  private References(TerraformNode from, Consumer<Reference> sink) {
    this.from = from;
    this.sink = sink;
  }

  /** The references of a top-level declaration, in source order. */
  static void of(TerraformNode declaration, Consumer<Reference> sink) {
    References refs = new References(declaration, sink);
    if (declaration instanceof Local local) {
      refs.expression(local.expression(), Set.of());
    } else if (declaration instanceof TerraformBlock block) {
      refs.topLevel(block.block());
    }
  }

  /** The references of one expression written in {@code from}, outside any iteration scope. */
  static void of(Expression expression, TerraformNode from, Consumer<Reference> sink) {
    new References(from, sink).expression(expression, Set.of());
  }

  private void topLevel(Block block) {
    switch (block.type()) {
      case "terraform" -> { }
      case "moved", "removed" -> body(block.body(), Set.of("from", "to"), Set.of());
      case "variable" -> body(block.body(), Set.of("type"), Set.of());
      default -> body(block.body(), PROVIDER_ATTRIBUTES, Set.of());
    }
  }

  private void body(Body body, Set<String> skipped, Set<String> scope) {
    for (Attribute attribute : body.attributes()) {
      if (!skipped.contains(attribute.name())) {
        expression(attribute.expression(), scope);
      }
    }
    for (Block nested : body.blocks()) {
      switch (nested.type()) {
        case "lifecycle" -> body(nested.body(), Set.of("ignore_changes"), scope);
        case "dynamic" -> dynamic(nested, scope);
        default -> body(nested.body(), PROVIDER_ATTRIBUTES, scope);
      }
    }
  }

  /** {@code dynamic "x" { for_each = ..., iterator = it, content { ... it.value ... } }} */
  private void dynamic(Block dynamic, Set<String> scope) {
    String iterator = dynamic.body().expression("iterator").flatMap(Expression::traversal)
        .map(ScopeTraversal::root).or(() -> dynamic.label(0)).orElse("");
    dynamic.body().expression("for_each").ifPresent(e -> expression(e, scope));
    Set<String> inner = with(scope, iterator);
    body(dynamic.body(), Set.of("for_each", "iterator"), inner);
  }

  private static Set<String> with(Set<String> scope, String... names) {
    Set<String> inner = new HashSet<>(scope);
    inner.addAll(List.of(names));
    return inner;
  }

  /** A pending piece of an expression and the iteration variables in scope there. */
  private record Work(Expression expression, TemplatePart part, Set<String> scope) {}

  private void expression(Expression root, Set<String> rootScope) {
    Deque<Work> pending = new ArrayDeque<>();
    pending.push(new Work(root, null, rootScope));
    while (!pending.isEmpty()) {
      Work work = pending.pop();
      Set<String> scope = work.scope();
      if (work.part() != null) {
        part(work.part(), scope, pending);
        continue;
      }
      Expression e = work.expression();
      if (e instanceof ScopeTraversal traversal) {
        if (!scope.contains(traversal.root())) {
          classify(traversal).ifPresent(sink);
        }
        pushAll(traversal.children(), scope, pending);
      } else if (e instanceof ObjectExpression object) {
        for (int i = object.items().size() - 1; i >= 0; i--) {
          ObjectItem item = object.items().get(i);
          pending.push(new Work(item.value(), null, scope));
          boolean bareName = item.key() instanceof ScopeTraversal key && key.steps().isEmpty();
          if (!bareName) {
            pending.push(new Work(item.key(), null, scope));
          }
        }
      } else if (e instanceof ForExpression loop) {
        Set<String> inner = loop.keyVariable().map(k -> with(scope, k.name(),
            loop.valueVariable().name())).orElseGet(() -> with(scope, loop.valueVariable().name()));
        loop.condition().ifPresent(c -> pending.push(new Work(c, null, inner)));
        pending.push(new Work(loop.value(), null, inner));
        loop.key().ifPresent(k -> pending.push(new Work(k, null, inner)));
        pending.push(new Work(loop.collection(), null, scope));
      } else if (e instanceof Template template) {
        for (int i = template.parts().size() - 1; i >= 0; i--) {
          pending.push(new Work(null, template.parts().get(i), scope));
        }
      } else {
        pushAll(e.children(), scope, pending);
      }
    }
  }

  private static void part(TemplatePart part, Set<String> scope, Deque<Work> pending) {
    if (part instanceof TemplatePart.For loop) {
      Set<String> inner = loop.keyVariable().map(k -> with(scope, k.name(),
          loop.valueVariable().name())).orElseGet(() -> with(scope, loop.valueVariable().name()));
      for (int i = loop.body().size() - 1; i >= 0; i--) {
        pending.push(new Work(null, loop.body().get(i), inner));
      }
      pending.push(new Work(loop.collection(), null, scope));
    } else if (part instanceof TemplatePart.If branch) {
      for (int i = branch.whenFalse().size() - 1; i >= 0; i--) {
        pending.push(new Work(null, branch.whenFalse().get(i), scope));
      }
      for (int i = branch.whenTrue().size() - 1; i >= 0; i--) {
        pending.push(new Work(null, branch.whenTrue().get(i), scope));
      }
      pending.push(new Work(branch.condition(), null, scope));
    } else {
      pushAll(part.expressions(), scope, pending);
    }
  }

  private static void pushAll(List<Expression> children, Set<String> scope, Deque<Work> pending) {
    for (int i = children.size() - 1; i >= 0; i--) {
      pending.push(new Work(children.get(i), null, scope));
    }
  }

  /** The reference a traversal outside any iteration scope is, if it is one. */
  private Optional<Reference> classify(ScopeTraversal t) {
    String root = t.root();
    List<TraversalStep> steps = t.steps();
    return switch (root) {
      case "var" -> named(t, Reference.Kind.VARIABLE, 1);
      case "local" -> named(t, Reference.Kind.LOCAL, 1);
      case "module" -> named(t, Reference.Kind.MODULE, 1);
      case "data" -> named(t, Reference.Kind.DATA, 2);
      case "ephemeral" -> named(t, Reference.Kind.EPHEMERAL, 2);
      case "count" -> special(t, Reference.Kind.COUNT);
      case "each" -> special(t, Reference.Kind.EACH);
      case "self" -> special(t, Reference.Kind.SELF);
      case "path" -> special(t, Reference.Kind.PATH);
      case "terraform" -> special(t, Reference.Kind.TERRAFORM);
      // a bare name is not a reference Terraform accepts; 'action' blocks are not values
      default -> root.equals("action") || steps.isEmpty()
          || !(steps.get(0) instanceof TraversalStep.GetAttr) ? Optional.empty()
          : Optional.of(reference(t, Reference.Kind.RESOURCE, 1));
    };
  }

  /** {@code root.a} or {@code root.a.b}: the root and {@code names} attribute steps. */
  private Optional<Reference> named(ScopeTraversal t, Reference.Kind kind, int names) {
    List<TraversalStep> steps = t.steps();
    if (steps.size() < names) {
      return Optional.empty();
    }
    for (int i = 0; i < names; i++) {
      if (!(steps.get(i) instanceof TraversalStep.GetAttr)) {
        return Optional.empty();
      }
    }
    return Optional.of(reference(t, kind, names));
  }

  private Reference reference(ScopeTraversal t, Reference.Kind kind, int names) {
    StringBuilder address = new StringBuilder(t.root());
    Span end = t.rootSpan();
    for (int i = 0; i < names; i++) {
      TraversalStep.GetAttr attr = (TraversalStep.GetAttr) t.steps().get(i);
      address.append('.').append(attr.name());
      end = attr.span();
    }
    return new Reference(kind, address.toString(), t, new Span(t.rootSpan().start(), end.end()),
        from);
  }

  private Optional<Reference> special(ScopeTraversal t, Reference.Kind kind) {
    return Optional.of(new Reference(kind, t.root(), t, t.rootSpan(), from));
  }
}
