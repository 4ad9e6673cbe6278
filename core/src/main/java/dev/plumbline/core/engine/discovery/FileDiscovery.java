package dev.plumbline.core.engine.discovery;

import dev.plumbline.core.engine.Limits;
import dev.plumbline.core.engine.Notification;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the paths given on the command line into the files to classify.
 *
 * <p>Directories are walked. Inside them, entries named in {@link #DEFAULT_EXCLUDED_DIRECTORIES}
 * are skipped at any depth, and what git would ignore is left out: the {@code .gitignore} files
 * of the walked directories and of their ancestors up to the repository root, and the
 * repository's {@code info/exclude}, with git's semantics (see {@link IgnorePattern}). The
 * repository root is the nearest directory holding a {@code .git} directory or file; a nested
 * repository met during the walk starts afresh with its own rules. Outside any repository, the
 * {@code .gitignore} files inside the scan root still apply. The user's global git configuration
 * and excludes file are never read.
 *
 * <p>The configuration's {@code exclude:} patterns are applied on top, with gitignore syntax, to
 * paths relative to the directory they belong to (the configuration file's, or else the base
 * directory), so not to files found outside it; a {@code !} among them only brings back what an
 * earlier {@code exclude:} pattern left out, never what git ignores.
 *
 * <p>A path given on the command line is never itself excluded: a file named there is returned
 * even if ignored or excluded, and a directory named there is walked even if ignored or
 * default-excluded (what lies inside it is still filtered).
 *
 * <p>The walk never follows a symbolic link. A link whose target lies inside a scan root is
 * skipped silently (the target is found in its own place); one pointing elsewhere, a broken one
 * and one that cannot be resolved are skipped with a note. A symbolic link named on the command
 * line is followed. Only regular files are returned: named pipes, sockets and devices are never
 * opened (a note in the walk, a warning when named on the command line). A directory that cannot
 * be read gives a warning and the walk goes on. Nothing in the walk throws: I/O problems become
 * notifications. Nothing is written.
 *
 * <p>Directories are walked in name order, each one's files before its subdirectories. The walk
 * stops at the limit of files ({@link Limits#maxFiles()}), with a warning naming the first file
 * left out. Names are used as the file system gives them, so a name that is not valid in the
 * platform's encoding is still found and read.
 */
public final class FileDiscovery {

  /** Names skipped while walking, at any depth: such directories are never entered. */
  public static final List<String> DEFAULT_EXCLUDED_DIRECTORIES = List.of(
      ".git", ".hg", ".svn", "node_modules", ".terraform", ".terragrunt-cache", "__pycache__",
      ".venv", ".tox");

  /** Ignore files larger than this are not read (with a warning). */
  static final int MAX_IGNORE_FILE_SIZE = 1 << 20;

  private static final Set<String> EXCLUDED = Set.copyOf(DEFAULT_EXCLUDED_DIRECTORIES);
  private static final String GITIGNORE = ".gitignore";

  private final GitIgnore configExcludes;
  private final Path excludeDirectory;
  private final int maxFiles;

  /**
   * @param extraExcludeGlobs the configuration's {@code exclude:} patterns, gitignore syntax,
   *                          relative to the base directory; may be empty
   */
  public FileDiscovery(List<String> extraExcludeGlobs) {
    this.configExcludes = GitIgnore.of("", List.copyOf(extraExcludeGlobs));
    this.excludeDirectory = null;
    this.maxFiles = Limits.DEFAULT.maxFiles();
  }

  /**
   * @param extraExcludeGlobs the configuration's {@code exclude:} patterns, gitignore syntax
   * @param excludeDirectory  the directory the patterns are relative to: the one holding the
   *                          configuration file; relative paths are taken against the base
   *                          directory
   */
  public FileDiscovery(List<String> extraExcludeGlobs, Path excludeDirectory) {
    this(extraExcludeGlobs, excludeDirectory, Limits.DEFAULT.maxFiles());
  }

  /**
   * @param extraExcludeGlobs the configuration's {@code exclude:} patterns, gitignore syntax
   * @param excludeDirectory  the directory the patterns are relative to
   * @param maxFiles          how many files to find at most (excluded and ignored ones are not
   *                          counted)
   */
  public FileDiscovery(List<String> extraExcludeGlobs, Path excludeDirectory, int maxFiles) {
    if (maxFiles < 1) {
      throw new IllegalArgumentException("maxFiles must be positive");
    }
    this.configExcludes = GitIgnore.of("", List.copyOf(extraExcludeGlobs));
    this.excludeDirectory = Objects.requireNonNull(excludeDirectory, "excludeDirectory");
    this.maxFiles = maxFiles;
  }

  /**
   * Finds the files to classify.
   *
   * @param roots         files or directories as given on the command line; relative ones are
   *                      taken against the base directory
   * @param baseDirectory the directory paths are shown relative to (the working directory)
   * @throws NoSuchFileException for the first root that does not exist (a broken symbolic link
   *                             included), carrying the root as given
   */
  public DiscoveryResult discover(List<Path> roots, Path baseDirectory)
      throws NoSuchFileException {
    Objects.requireNonNull(roots, "roots");
    Path base = baseDirectory.toAbsolutePath().normalize();
    List<Root> resolved = new ArrayList<>();
    for (Path root : roots) {
      resolved.add(Root.resolve(base, root));
    }
    Run run = new Run(base, resolved);
    for (Root root : resolved) {
      run.visitRoot(root);
    }
    return run.result();
  }

  /** A root as given, absolute; its attributes and real path, or why they could not be read. */
  private record Root(Path absolute, BasicFileAttributes attributes, Path real,
      IOException problem) {

    static Root resolve(Path base, Path given) throws NoSuchFileException {
      Path absolute = base.resolve(given).normalize();
      try {
        BasicFileAttributes attributes = Files.readAttributes(absolute,
            BasicFileAttributes.class);
        return new Root(absolute, attributes, absolute.toRealPath(), null);
      } catch (NoSuchFileException e) {
        throw new NoSuchFileException(given.toString());
      } catch (IOException e) {
        if (passesThroughAFile(absolute)) {
          // ENOTDIR: "a.yml/x" does not exist either
          throw new NoSuchFileException(given.toString());
        }
        return new Root(absolute, null, null, e);
      }
    }

    private static boolean passesThroughAFile(Path path) {
      for (Path p = path.getParent(); p != null; p = p.getParent()) {
        if (Files.exists(p)) {
          return !Files.isDirectory(p);
        }
      }
      return false;
    }
  }

  /**
   * One directory waiting to be listed.
   *
   * @param excludePath the directory relative to where the {@code exclude:} patterns apply
   *                    ({@code ""} for that directory itself), or null when outside it
   */
  private record Frame(Path dir, Path real, String display, String context, IgnoreStack ignores,
      String excludePath, boolean root) {}

  /** A file found, possibly more than once; the best sighting is kept. */
  private record Candidate(DiscoveredFile file, boolean canonical) {

    static final Comparator<Candidate> PREFERENCE =
        Comparator.comparing((Candidate c) -> !c.canonical())
            .thenComparing(c -> -c.file().contextPath().length())
            .thenComparing(c -> c.file().displayPath());

    static Candidate merge(Candidate a, Candidate b) {
      Candidate best = PREFERENCE.compare(a, b) <= 0 ? a : b;
      boolean explicit = a.file().explicit() || b.file().explicit();
      DiscoveredFile f = best.file();
      return new Candidate(
          new DiscoveredFile(f.path(), f.displayPath(), f.contextPath(), explicit),
          best.canonical());
    }
  }

  /** The state of one {@link #discover} call. */
  private final class Run {

    private final Path base;
    private final Path realBase;
    private final Path excludeBase;
    private final List<Path> realDirectoryRoots = new ArrayList<>();
    private final Set<Path> realFileRoots = new HashSet<>();
    private final Map<Path, Candidate> files = new HashMap<>();
    private final Set<Notification> notifications = new LinkedHashSet<>();
    /** Set when the limit of files is reached: the walk then ends. */
    private boolean full;

    Run(Path base, List<Root> roots) {
      this.base = base;
      Path real;
      try {
        real = base.toRealPath();
      } catch (IOException e) {
        real = base;
      }
      this.realBase = real;
      this.excludeBase = excludeDirectory == null ? base
          : base.resolve(excludeDirectory).normalize();
      for (Root root : roots) {
        if (root.attributes() != null && root.attributes().isDirectory()) {
          realDirectoryRoots.add(root.real());
        } else if (root.attributes() != null) {
          realFileRoots.add(root.real());
        }
      }
    }

    DiscoveryResult result() {
      List<DiscoveredFile> list = new ArrayList<>();
      for (Candidate c : files.values()) {
        list.add(c.file());
      }
      list.sort(Comparator.comparing(DiscoveredFile::displayPath));
      List<Notification> notes = new ArrayList<>(notifications);
      notes.sort(Notification.ORDER.thenComparing(n -> n.level()));
      return new DiscoveryResult(list, notes);
    }

    void visitRoot(Root root) {
      String display = display(root.absolute());
      if (full) {
        return;
      }
      if (root.problem() != null) {
        warning(display, "skipped: cannot be read (" + reason(root.problem()) + ").");
      } else if (root.attributes().isDirectory()) {
        walk(root, display);
      } else if (root.attributes().isRegularFile()) {
        addExplicitFile(root, display);
      } else {
        warning(display, "skipped: not a regular file (" + kind(root.absolute(), true) + ").");
      }
    }

    private void addExplicitFile(Root root, String display) {
      Path real = root.real();
      Optional<Path> repository = real.getParent() == null
          ? Optional.empty() : GitRepository.findRoot(real.getParent());
      String context;
      if (repository.isPresent()) {
        context = slashes(repository.get().relativize(real));
      } else if (platformDirectory(real).isPresent()) {
        context = platformDirectory(real).get();
      } else if (root.absolute().startsWith(base)) {
        context = display;
      } else {
        // its whole path: a workflow named as /elsewhere/repo/.github/workflows/ci.yml is still
        // a workflow
        context = slashes(root.absolute());
      }
      add(real, new DiscoveredFile(root.absolute(), display, context, true));
    }

    /**
     * A path outside any repository from its last {@code .github} or {@code .gitlab} directory
     * down ({@code .github/workflows/ci.yml}): where that directory is, is where the repository
     * is, as far as the files' kinds go.
     */
    private static Optional<String> platformDirectory(Path real) {
      for (int i = real.getNameCount() - 1; i >= 0; i--) {
        String name = real.getName(i).toString();
        if (name.equals(".github") || name.equals(".gitlab")) {
          return Optional.of(slashes(real.subpath(i, real.getNameCount())));
        }
      }
      return Optional.empty();
    }

    private void walk(Root root, String display) {
      Path realRoot = root.real();
      IgnoreStack ignores = IgnoreStack.EMPTY;
      String context = "";
      Optional<Path> repository = GitRepository.findRoot(realRoot);
      if (repository.isPresent()) {
        Path repo = repository.get();
        ignores = pushExclude(ignores, repo);
        // the .gitignore files of the directories from the repository root down to the root's
        // parent; the root's own is read when the root is listed
        Path dir = repo;
        String dirContext = "";
        if (!repo.equals(realRoot)) {
          Path relative = repo.relativize(realRoot);
          for (int i = 0; i < relative.getNameCount(); i++) {
            ignores = pushIgnoreFile(ignores, dir.resolve(GITIGNORE), dirContext);
            String name = relative.getName(i).toString();
            dir = dir.resolve(name);
            dirContext = join(dirContext, name);
          }
          context = dirContext;
        }
      } else {
        // without a repository, a root inside .github or .gitlab still says what its files are
        context = platformDirectory(realRoot).orElse("");
      }
      Set<Object> visited = new HashSet<>();
      Object rootKey = root.attributes().fileKey();
      if (rootKey != null) {
        visited.add(rootKey);
      }
      Deque<Frame> pending = new ArrayDeque<>();
      pending.push(new Frame(root.absolute(), realRoot, display.equals(".") ? "" : display,
          context, ignores, excludePath(root.absolute()), true));
      while (!pending.isEmpty() && !full) {
        visitDirectory(pending.pop(), pending, visited);
      }
    }

    private void visitDirectory(Frame frame, Deque<Frame> pending, Set<Object> visited) {
      List<Path> entries = list(frame);
      if (entries == null) {
        return;
      }
      Set<String> names = new HashSet<>();
      entries.forEach(e -> names.add(e.toString()));
      IgnoreStack ignores = frame.ignores();
      String context = frame.context();
      if (!frame.root() && names.contains(".git") && GitRepository.isRoot(frame.dir())) {
        // a nested repository: its own rules, and paths relative to it
        ignores = pushExclude(IgnoreStack.EMPTY, frame.real());
        context = "";
      }
      if (names.contains(GITIGNORE)) {
        ignores = pushIgnoreFile(ignores, frame.dir().resolve(GITIGNORE), context);
      }
      // pushed last to first, so that subdirectories are walked in name order
      Deque<Frame> subdirectories = new ArrayDeque<>();
      for (Path entry : entries) {
        if (full) {
          return;
        }
        String name = entry.toString();
        // resolved by the entry, not its name: a name the platform's encoding cannot hold would
        // not find the file again
        Path child = frame.dir().resolve(entry);
        String childDisplay = joinDisplay(frame.display(), name);
        BasicFileAttributes attributes;
        try {
          attributes = Files.readAttributes(child, BasicFileAttributes.class,
              LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
          continue;
        } catch (AccessDeniedException e) {
          warning(shown(frame.display()), "skipped: directory cannot be read ("
              + reason(e) + ").");
          return;
        } catch (IOException e) {
          warning(childDisplay, "skipped: cannot be read (" + reason(e) + ").");
          continue;
        }
        if (EXCLUDED.contains(name)) {
          continue;
        }
        boolean directory = attributes.isDirectory();
        String childContext = join(context, name);
        if (ignores.isIgnored(PathText.of(childContext), directory)) {
          continue;
        }
        String childExcludePath = frame.excludePath() == null ? excludePath(child)
            : join(frame.excludePath(), name);
        if (childExcludePath != null && !childExcludePath.isEmpty()
            && configExcludes.match(PathText.of(childExcludePath), directory)
                == GitIgnore.Match.IGNORED) {
          continue;
        }
        if (directory) {
          Object key = attributes.fileKey();
          if (key == null || visited.add(key)) {
            subdirectories.push(new Frame(child, frame.real().resolve(entry), childDisplay,
                childContext, ignores, childExcludePath, false));
          }
        } else if (attributes.isRegularFile()) {
          add(frame.real().resolve(entry),
              new DiscoveredFile(child, childDisplay, childContext, false));
        } else if (attributes.isSymbolicLink()) {
          checkSymbolicLink(child, childDisplay);
        } else {
          note(childDisplay, "skipped: not a regular file (" + kind(child, false) + ").");
        }
      }
      subdirectories.forEach(pending::push);
    }

    /**
     * The entries of the directory (file names only), sorted by name; {@code null} (with a
     * warning) if it cannot be read.
     */
    private List<Path> list(Frame frame) {
      List<Path> names = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(frame.dir())) {
        for (Path entry : stream) {
          names.add(entry.getFileName());
        }
      } catch (IOException e) {
        warning(shown(frame.display()), "skipped: directory cannot be read (" + reason(e) + ").");
        return null;
      } catch (DirectoryIteratorException e) {
        warning(shown(frame.display()), "skipped: directory cannot be read ("
            + reason(e.getCause()) + ").");
        return null;
      }
      names.sort(Comparator.comparing(Path::toString));
      return names;
    }

    private void checkSymbolicLink(Path link, String display) {
      Path target;
      try {
        target = link.toRealPath();
      } catch (NoSuchFileException e) {
        note(display, "not followed: symbolic link target does not exist.");
        return;
      } catch (IOException e) {
        // a loop, or a component that cannot be searched
        note(display, "not followed: symbolic link cannot be resolved.");
        return;
      }
      if (realFileRoots.contains(target)) {
        return;
      }
      for (Path root : realDirectoryRoots) {
        if (target.startsWith(root)) {
          return;
        }
      }
      note(display, "not followed: symbolic link points outside the scan root.");
    }

    private IgnoreStack pushExclude(IgnoreStack ignores, Path repository) {
      Optional<Path> exclude = GitRepository.excludeFile(repository);
      if (exclude.isEmpty()) {
        return ignores;
      }
      return read(exclude.get(), true).map(c -> ignores.push(GitIgnore.parse("", c)))
          .orElse(ignores);
    }

    private IgnoreStack pushIgnoreFile(IgnoreStack ignores, Path file, String directory) {
      return read(file, false).map(c -> ignores.push(GitIgnore.parse(directory, c)))
          .orElse(ignores);
    }

    /**
     * The content of an ignore file, or empty if there is none or it cannot be used. Like git,
     * a {@code .gitignore} that is a symbolic link is not followed.
     */
    private Optional<byte[]> read(Path file, boolean followLinks) {
      LinkOption[] options = followLinks
          ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(file, BasicFileAttributes.class, options);
      } catch (IOException e) {
        return Optional.empty();
      }
      String display = display(file);
      if (attributes.isSymbolicLink()) {
        note(display, "not read: ignore file is a symbolic link.");
        return Optional.empty();
      }
      if (!attributes.isRegularFile()) {
        return Optional.empty();
      }
      if (attributes.size() > MAX_IGNORE_FILE_SIZE) {
        warning(display, "not read: ignore file is larger than 1 MiB.");
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file, options)) {
        byte[] content = in.readNBytes(MAX_IGNORE_FILE_SIZE + 1);
        if (content.length > MAX_IGNORE_FILE_SIZE) {
          warning(display, "not read: ignore file is larger than 1 MiB.");
          return Optional.empty();
        }
        return Optional.of(content);
      } catch (IOException e) {
        warning(display, "not read: ignore file cannot be read (" + reason(e) + ").");
        return Optional.empty();
      }
    }

    private void add(Path real, DiscoveredFile file) {
      if (files.size() >= maxFiles && !files.containsKey(real)) {
        full = true;
        warning(file.displayPath(), "not linted, nor any file found after it: the run already "
            + "has " + Limits.count(maxFiles) + " files (limit max-files).");
        return;
      }
      files.merge(real, new Candidate(file, real.equals(inRealBase(file.path()))),
          Candidate::merge);
    }

    /** The path relative to where the exclude patterns apply, or null when outside it. */
    private String excludePath(Path absolute) {
      return absolute.startsWith(excludeBase) ? slashes(excludeBase.relativize(absolute)) : null;
    }

    /** The path as it would be if the base directory were given by its real path. */
    private Path inRealBase(Path path) {
      return path.startsWith(base) ? realBase.resolve(base.relativize(path)) : path;
    }

    /** Relative to the base directory ({@code "."} for itself), else absolute; {@code /}s. */
    private String display(Path absolute) {
      if (absolute.equals(base)) {
        return ".";
      }
      if (absolute.startsWith(base)) {
        return slashes(base.relativize(absolute));
      }
      return slashes(absolute);
    }

    private void note(String path, String message) {
      notifications.add(Notification.note(path, message));
    }

    private void warning(String path, String message) {
      notifications.add(Notification.warning(path, message));
    }
  }

  private static String shown(String display) {
    return display.isEmpty() ? "." : display;
  }

  private static String join(String parent, String name) {
    return parent.isEmpty() ? name : parent + "/" + name;
  }

  private static String joinDisplay(String parent, String name) {
    return parent.isEmpty() || parent.endsWith("/") ? parent + name : parent + "/" + name;
  }

  private static String slashes(Path path) {
    String s = path.toString();
    return File.separatorChar == '/' ? s : s.replace(File.separatorChar, '/');
  }

  /** What kind of special file this is, for messages. */
  private static String kind(Path path, boolean followLinks) {
    try {
      Object mode = followLinks
          ? Files.getAttribute(path, "unix:mode")
          : Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      return switch (((Integer) mode) & 0170000) {
        case 0010000 -> "named pipe";
        case 0140000 -> "socket";
        case 0020000 -> "character device";
        case 0060000 -> "block device";
        default -> "special file";
      };
    } catch (IOException | RuntimeException e) {
      return "special file";
    }
  }

  /** A short, lower-case reason for an I/O error. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null
        && !fse.getReason().isBlank()) {
      String r = fse.getReason().strip();
      return Character.toLowerCase(r.charAt(0)) + r.substring(1);
    }
    return e.getClass().getSimpleName();
  }
}
