package dev.plumbline.cli;

import dev.plumbline.core.rule.LintRule;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleIndex;
import dev.plumbline.core.rule.RuleMetadata;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the command line with rules added to the ones it ships, the way a jar of extra rules on
 * the class path would add them: in a class loader of its own over the test class path and a
 * directory holding a rule index of the extra rules. The other tests' command line is untouched.
 */
final class ExtraRulesCli {

  private final URL[] classPath;

  /**
   * @param indexDirectory an empty directory for the extra rules' index
   * @param rules          the extra rules, classes on the test class path
   */
  ExtraRulesCli(Path indexDirectory, List<Class<? extends LintRule>> rules) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Class<? extends LintRule> rule : rules) {
      lines.add(RuleIndex.format(new RuleIndex.Entry(rule.getName(),
          RuleMetadata.of(rule.getAnnotation(Rule.class)), visitorTypes(rule))));
    }
    Path index = indexDirectory.resolve(RuleIndex.RESOURCE);
    Files.createDirectories(index.getParent());
    Files.write(index, lines, StandardCharsets.UTF_8);

    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    urls.add(indexDirectory.toUri().toURL());
    classPath = urls.toArray(URL[]::new);
  }

  /** One run of {@link Cli#run} in a fresh class loader. */
  CliRun run(Path workingDirectory, Map<String, String> env, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // the platform loader as parent: Plumbline's classes come from this loader only
    try (URLClassLoader loader = new URLClassLoader(classPath,
        ClassLoader.getPlatformClassLoader())) {
      thread.setContextClassLoader(loader);
      Method run = Class.forName(Cli.class.getName(), true, loader).getMethod("run",
          String[].class, PrintStream.class, PrintStream.class, Map.class, Path.class);
      int code = (int) run.invoke(null, args, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), env, workingDirectory);
      return new CliRun(code, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } catch (InvocationTargetException e) {
      throw new AssertionError("the command line threw", e.getCause());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** The rule interfaces a rule implements, as the rule annotation processor lists them. */
  private static Set<String> visitorTypes(Class<?> type) {
    Set<String> found = new TreeSet<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      addInterfaces(c, found);
    }
    return found;
  }

  private static void addInterfaces(Class<?> type, Set<String> found) {
    for (Class<?> i : type.getInterfaces()) {
      if (LintRule.class.isAssignableFrom(i) && i != LintRule.class) {
        found.add(i.getName());
      }
      addInterfaces(i, found);
    }
  }
}
