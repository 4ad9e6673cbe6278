package dev.plumbline.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line the {@code check} goal runs for one project: its paths (the base directory by
 * default), report formats (console and SARIF by default), and the directories it leaves alone —
 * its build directory and, in a parent, the modules that lint themselves.
 */
final class CheckArguments {

  static final String DEFAULT_SARIF = "plumbline/plumbline.sarif";

  private final Path base;
  private final Path buildDirectory;
  private final List<String> modules;

  CheckArguments(Path base, String buildDirectory, List<String> modules) {
    this.base = base;
    this.buildDirectory = base.resolve(buildDirectory).normalize();
    this.modules = List.copyOf(modules);
  }

  List<String> build(List<File> paths, List<String> formats, String failOn, File config,
      File baseline) {
    List<String> args = new ArrayList<>(List.of("check", "--no-color"));
    if (formats.isEmpty()) {
      args.addAll(List.of("--format", "console",
          "--format", "sarif=" + buildDirectory.resolve(DEFAULT_SARIF)));
    } else {
      formats.forEach(f -> args.addAll(List.of("--format", f)));
    }
    if (failOn != null && !failOn.isBlank()) {
      args.addAll(List.of("--fail-on", failOn.trim()));
    }
    if (config != null) {
      args.addAll(List.of("--config", config.getPath()));
    }
    if (baseline != null) {
      args.addAll(List.of("--baseline", baseline.getPath()));
    }
    if (buildDirectory.startsWith(base) && !buildDirectory.equals(base)) {
      args.addAll(List.of("--exclude", "/" + slashes(base.relativize(buildDirectory)) + "/"));
    }
    for (String module : modules) {
      Path directory = base.resolve(module).normalize();
      // a module names its directory, or its pom.xml
      Path moduleDirectory = directory.toString().endsWith(".xml") ? directory.getParent()
          : directory;
      if (moduleDirectory != null && moduleDirectory.startsWith(base)
          && !moduleDirectory.equals(base)) {
        args.addAll(List.of("--exclude", "/" + slashes(base.relativize(moduleDirectory)) + "/"));
      }
    }
    args.add("--");
    if (paths.isEmpty()) {
      args.add(base.toString());
    } else {
      paths.forEach(p -> args.add(base.resolve(p.toPath()).normalize().toString()));
    }
    return args;
  }

  private static String slashes(Path relative) {
    return relative.toString().replace('\\', '/');
  }
}
