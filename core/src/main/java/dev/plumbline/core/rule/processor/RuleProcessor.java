package dev.plumbline.core.rule.processor;

import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleIndex;
import dev.plumbline.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import java.io.OutputStreamWriter;

/**
 * Checks every {@link Rule} at compile time and lists it in the jar's {@link RuleIndex}.
 * It fails the build on a malformed ID, an ID whose prefix does not match the platform, a
 * duplicate ID or name, a name that is not kebab-case, a summary ending in a period, a class the
 * engine cannot instantiate, and, when {@code -Aplumbline.docsDir} is given, a missing
 * explanation file.
 */
@SupportedAnnotationTypes("dev.plumbline.core.rule.Rule")
@SupportedOptions(RuleProcessor.DOCS_DIR_OPTION)
public final class RuleProcessor extends AbstractProcessor {

  static final String DOCS_DIR_OPTION = "plumbline.docsDir";
  private static final String LINT_RULE = "dev.plumbline.core.rule.LintRule";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final Map<String, RuleIndex.Entry> index = new TreeMap<>();
  private final Map<String, String> ownerById = new HashMap<>();
  private final Map<String, String> ownerByName = new HashMap<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(Rule.class)) {
      if (element.getKind() == ElementKind.CLASS) {
        check((TypeElement) element);
      } else {
        error(element, "@Rule belongs on a class");
      }
    }
    if (round.processingOver() && !index.isEmpty()) {
      writeIndex();
    }
    return true;
  }

  private void check(TypeElement type) {
    Rule rule = type.getAnnotation(Rule.class);
    String className = type.getQualifiedName().toString();
    Platform platform = rule.platform();
    if (!rule.id().matches(Pattern.quote(platform.idPrefix()) + "[0-9]{3}")) {
      error(type, "rule ID '" + rule.id() + "' must be " + platform.idPrefix()
          + " followed by three digits (platform " + platform + ")");
    }
    String previous = ownerById.putIfAbsent(rule.id(), className);
    if (previous != null) {
      error(type, "rule ID " + rule.id() + " is already used by " + previous);
    }
    if (!NAME.matcher(rule.name()).matches()) {
      error(type, "rule name '" + rule.name() + "' must be kebab-case");
    }
    previous = ownerByName.putIfAbsent(rule.name(), className);
    if (previous != null) {
      error(type, "rule name " + rule.name() + " is already used by " + previous);
    }
    if (rule.summary().isBlank() || rule.summary().endsWith(".")
        || rule.summary().matches("(?s).*[\\t\\n\\r].*")) {
      error(type, "rule summary must be one non-empty line, without tabs or a trailing period");
    }
    if (rule.securitySeverity() > 10) {
      error(type, "securitySeverity must be between 0.0 and 10.0");
    }
    for (String tag : rule.tags()) {
      if (!NAME.matcher(tag).matches()) {
        error(type, "tag '" + tag + "' must be kebab-case");
      }
    }
    checkInstantiable(type);
    checkDocs(type, rule.id());
    String binaryName = processingEnv.getElementUtils().getBinaryName(type).toString();
    index.put(binaryName, new RuleIndex.Entry(binaryName, RuleMetadata.of(rule),
        visitorTypes(type.asType())));
  }

  /** The rule interfaces (sub-interfaces of LintRule) a rule class implements, by binary name. */
  private Set<String> visitorTypes(TypeMirror type) {
    Types types = processingEnv.getTypeUtils();
    Elements elements = processingEnv.getElementUtils();
    TypeMirror lintRule = elements.getTypeElement(LINT_RULE).asType();
    Set<String> found = new TreeSet<>();
    for (TypeMirror supertype : types.directSupertypes(type)) {
      Element element = types.asElement(supertype);
      if (element instanceof TypeElement t && t.getKind() == ElementKind.INTERFACE
          && types.isAssignable(types.erasure(supertype), lintRule)
          && !t.getQualifiedName().contentEquals(LINT_RULE)) {
        found.add(elements.getBinaryName(t).toString());
      }
      found.addAll(visitorTypes(supertype));
    }
    return found;
  }

  private void checkInstantiable(TypeElement type) {
    Set<Modifier> modifiers = type.getModifiers();
    if (!modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.ABSTRACT)
        || type.getNestingKind().isNested() && !modifiers.contains(Modifier.STATIC)) {
      error(type, "a rule must be a public, concrete, top-level or static class");
    }
    boolean noArgConstructor = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    if (!noArgConstructor) {
      error(type, "a rule needs a public no-argument constructor");
    }
    TypeMirror lintRule = processingEnv.getElementUtils()
        .getTypeElement(LINT_RULE).asType();
    if (!processingEnv.getTypeUtils().isAssignable(type.asType(), lintRule)) {
      error(type, "a rule must implement a platform rule interface (a LintRule)");
    }
  }

  private void checkDocs(TypeElement type, String id) {
    String docsDir = processingEnv.getOptions().get(DOCS_DIR_OPTION);
    if (docsDir != null && !Files.isRegularFile(Path.of(docsDir, id + ".md"))) {
      error(type, "rule " + id + " has no explanation: create " + Path.of(docsDir, id + ".md"));
    }
  }

  private void writeIndex() {
    try {
      FileObject file = processingEnv.getFiler()
          .createResource(StandardLocation.CLASS_OUTPUT, "", RuleIndex.RESOURCE);
      try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        for (RuleIndex.Entry entry : index.values()) {
          out.write(RuleIndex.format(entry));
          out.write('\n');
        }
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "cannot write " + RuleIndex.RESOURCE + ": " + e.getMessage());
    }
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
