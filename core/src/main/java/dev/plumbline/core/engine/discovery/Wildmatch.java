package dev.plumbline.core.engine.discovery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A glob with the semantics of git's {@code wildmatch()}, compiled once and matched against many
 * paths.
 *
 * <p>Syntax: {@code \} escapes the next byte; {@code ?} matches one byte; {@code *} matches any
 * run of bytes; {@code [...]} is a bracket expression with ranges, {@code !} or {@code ^}
 * negation, a leading {@code ]} taken literally, backslash escapes and the POSIX classes
 * {@code [:alpha:]} and friends (ASCII only). A bracket expression that is not closed, a POSIX
 * class git does not know or a trailing lone backslash makes the pattern match nothing, as in git.
 * Like git, matching is on UTF-8 bytes, so {@code ?} does not match a multi-byte character.
 *
 * <p>In <em>pathname</em> mode, wildcards never match {@code /}, and a {@code **} that makes up a
 * whole component matches any number of components: zero or more in front of or between other
 * components ({@code **}{@code /a}, {@code a/}{@code **}{@code /b}), one or more at the end
 * ({@code a/}{@code **}). A {@code **} next to other characters is an ordinary {@code *}, with one
 * exception copied from git: git compares the literal text before the first wildcard on its own
 * and matches the rest as a fresh pattern, so a {@code **} directly after that literal text counts
 * as starting a component ({@code a**}{@code /b} matches {@code ab}, {@code a/b} and
 * {@code a/x/y/b}; {@code a/b**} matches everything under {@code a/b}). In <em>basename</em> mode
 * the pattern has no {@code /} and is matched against the last component.
 *
 * <p>Unlike git's backtracking matcher, the cost is bounded: components are matched by dynamic
 * programming over (pattern component, path component), and within a component a failed match
 * only retries from the last {@code *}. A pattern such as {@code **}{@code /}{@code **}{@code /a}
 * therefore costs O(pattern components x path components x component length squared) at worst.
 */
final class Wildmatch {

  private static final int LITERAL = 0;
  private static final int ANY = 1;
  private static final int CLASS = 2;
  private static final int STAR = 3;

  /** Pathname mode: the text before the first wildcard or backslash, compared as is. */
  private final byte[] prefix;
  /** Components of the rest; {@code null} stands for a {@code **} component. */
  private final Glob[] components;
  private final boolean pathname;
  private final boolean matchesNothing;

  private Wildmatch(byte[] prefix, Glob[] components, boolean pathname, boolean matchesNothing) {
    this.prefix = prefix;
    this.components = components;
    this.pathname = pathname;
    this.matchesNothing = matchesNothing;
  }

  /**
   * Compiles a pattern.
   *
   * @param pattern  the glob as bytes, without the leading {@code !}, leading {@code /} or
   *                 trailing {@code /} of gitignore syntax
   * @param pathname whether {@code /} separates components ({@code WM_PATHNAME})
   */
  static Wildmatch compile(byte[] pattern, boolean pathname) {
    int literal = 0;
    if (pathname) {
      while (literal < pattern.length && "*?[\\".indexOf(pattern[literal]) < 0) {
        literal++;
      }
    }
    byte[] prefix = Arrays.copyOfRange(pattern, 0, literal);
    Compiler compiler = new Compiler(Arrays.copyOfRange(pattern, literal, pattern.length),
        pathname);
    compiler.run();
    return new Wildmatch(prefix, compiler.components.toArray(new Glob[0]), pathname,
        compiler.broken);
  }

  /** Whether the whole path matches (pathname mode) or its last component does (basename). */
  boolean matches(PathText path) {
    return matches(path, 0);
  }

  /** Like {@link #matches(PathText)} for the path made of the components from {@code first} on. */
  boolean matches(PathText path, int first) {
    if (matchesNothing) {
      return false;
    }
    byte[] text = path.bytes();
    int last = path.componentCount() - 1;
    if (!pathname) {
      return components[0].matches(text, path.start(last), path.end(last));
    }
    int from = path.start(first);
    if (path.end(last) - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (text[from + i] != prefix[i]) {
        return false;
      }
    }
    // the rest of the text, split at '/': its first component starts right after the prefix,
    // possibly in the middle of a path component (and is empty when the prefix ends before '/')
    int offset = from + prefix.length;
    int c = first;
    while (path.end(c) < offset) {
      c++;
    }
    int count = last - c + 1;
    // reachable[j]: the pattern components seen so far can match the first j text components
    boolean[] reachable = new boolean[count + 1];
    reachable[0] = true;
    for (int i = 0; i < components.length; i++) {
      boolean[] next = new boolean[count + 1];
      Glob glob = components[i];
      if (glob == null) {
        int least = i == components.length - 1 ? 1 : 0;
        boolean any = false;
        for (int j = 0; j <= count; j++) {
          if (j - least >= 0 && reachable[j - least]) {
            any = true;
          }
          next[j] = any;
        }
      } else {
        boolean any = false;
        for (int j = 0; j < count; j++) {
          if (reachable[j]
              && glob.matches(text, j == 0 ? offset : path.start(c + j), path.end(c + j))) {
            next[j + 1] = true;
            any = true;
          }
        }
        if (!any) {
          return false;
        }
      }
      reachable = next;
    }
    return reachable[count];
  }

  /** Tokenizes a pattern the way wildmatch reads it and groups the tokens into components. */
  private static final class Compiler {

    private final byte[] p;
    private final boolean pathname;
    final List<Glob> components = new ArrayList<>();
    boolean broken;

    private final List<Integer> kinds = new ArrayList<>();
    private final List<Integer> literals = new ArrayList<>();
    private final List<boolean[]> classes = new ArrayList<>();
    private boolean globstar;

    Compiler(byte[] pattern, boolean pathname) {
      this.p = pattern;
      this.pathname = pathname;
    }

    void run() {
      int n = p.length;
      int i = 0;
      while (i < n) {
        int c = p[i] & 0xff;
        if (c == '\\') {
          if (i + 1 >= n) {
            // git compares the pattern's NUL terminator with the next byte: never equal
            broken = true;
            i++;
          } else if (pathname && p[i + 1] == '/') {
            endComponent();
            i += 2;
          } else {
            add(LITERAL, p[i + 1] & 0xff, null);
            i += 2;
          }
        } else if (c == '/' && pathname) {
          endComponent();
          i++;
        } else if (c == '?') {
          add(ANY, 0, null);
          i++;
        } else if (c == '*') {
          int j = i;
          while (j < n && p[j] == '*') {
            j++;
          }
          boolean wholeComponent = pathname && j - i >= 2
              && (i == 0 || p[i - 1] == '/')
              && (j == n || p[j] == '/' || (p[j] == '\\' && j + 1 < n && p[j + 1] == '/'));
          if (wholeComponent) {
            globstar = true;
          } else {
            add(STAR, 0, null);
          }
          i = j;
        } else if (c == '[') {
          i = bracket(i);
        } else {
          add(LITERAL, c, null);
          i++;
        }
      }
      endComponent();
    }

    private void add(int kind, int literal, boolean[] set) {
      kinds.add(kind);
      literals.add(literal);
      classes.add(set);
    }

    private void endComponent() {
      if (globstar) {
        components.add(null);
      } else {
        int size = kinds.size();
        int[] k = new int[size];
        int[] l = new int[size];
        boolean[][] s = new boolean[size][];
        for (int t = 0; t < size; t++) {
          k[t] = kinds.get(t);
          l[t] = literals.get(t);
          s[t] = classes.get(t);
        }
        components.add(new Glob(k, l, s));
      }
      globstar = false;
      kinds.clear();
      literals.clear();
      classes.clear();
    }

    /**
     * Reads the bracket expression opening at {@code open}, following wildmatch's reading of it
     * byte for byte, and returns the index after it. A malformed one breaks the pattern.
     */
    private int bracket(int open) {
      int n = p.length;
      boolean[] set = new boolean[256];
      int k = open + 1;
      boolean negated = false;
      if (k < n && (p[k] == '!' || p[k] == '^')) {
        negated = true;
        k++;
      }
      int prev = 0;
      // the first member may be ']', so the test for the end comes after it
      while (true) {
        if (k >= n) {
          broken = true;
          return n;
        }
        int c = p[k] & 0xff;
        if (c == '\\') {
          k++;
          if (k >= n) {
            broken = true;
            return n;
          }
          c = p[k] & 0xff;
          set[c] = true;
        } else if (c == '-' && prev != 0 && k + 1 < n && p[k + 1] != ']') {
          k++;
          int high = p[k] & 0xff;
          if (high == '\\') {
            k++;
            if (k >= n) {
              broken = true;
              return n;
            }
            high = p[k] & 0xff;
          }
          for (int b = prev; b <= high; b++) {
            set[b] = true;
          }
          c = 0;
        } else if (c == '[' && k + 1 < n && p[k + 1] == ':') {
          int nameStart = k + 2;
          int close = nameStart;
          while (close < n && p[close] != ']') {
            close++;
          }
          if (close >= n) {
            broken = true;
            return n;
          }
          if (close - nameStart - 1 < 0 || p[close - 1] != ':') {
            // no ":]": the '[' is an ordinary member and the ':' is read next
            set['['] = true;
            prev = '[';
            k++;
            if (k < n && p[k] == ']') {
              break;
            }
            continue;
          }
          String name = new String(p, nameStart, close - 1 - nameStart,
              StandardCharsets.ISO_8859_1);
          if (!addPosixClass(name, set)) {
            broken = true;
            return n;
          }
          k = close;
          c = 0;
        } else {
          set[c] = true;
        }
        prev = c;
        k++;
        if (k < n && p[k] == ']') {
          break;
        }
      }
      if (negated) {
        for (int b = 0; b < 256; b++) {
          set[b] = !set[b];
        }
      }
      set['/'] = set['/'] && !pathname;
      add(CLASS, 0, set);
      return k + 1;
    }

    private static boolean addPosixClass(String name, boolean[] set) {
      for (int b = 0; b < 128; b++) {
        boolean upper = b >= 'A' && b <= 'Z';
        boolean lower = b >= 'a' && b <= 'z';
        boolean digit = b >= '0' && b <= '9';
        boolean alpha = upper || lower;
        boolean graph = b >= 0x21 && b <= 0x7e;
        boolean in;
        switch (name) {
          case "alnum" -> in = alpha || digit;
          case "alpha" -> in = alpha;
          case "blank" -> in = b == ' ' || b == '\t';
          case "cntrl" -> in = b < 0x20 || b == 0x7f;
          case "digit" -> in = digit;
          case "graph" -> in = graph;
          case "lower" -> in = lower;
          case "print" -> in = graph || b == ' ';
          case "punct" -> in = graph && !alpha && !digit;
          case "space" -> in = b == ' ' || (b >= '\t' && b <= '\r');
          case "upper" -> in = upper;
          case "xdigit" -> in = digit || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
          default -> {
            return false;
          }
        }
        if (in) {
          set[b] = true;
        }
      }
      return true;
    }
  }

  /** The glob of one component: literals, {@code ?}, bracket expressions and {@code *}. */
  private static final class Glob {

    private final int[] kinds;
    private final int[] literals;
    private final boolean[][] classes;

    Glob(int[] kinds, int[] literals, boolean[][] classes) {
      this.kinds = kinds;
      this.literals = literals;
      this.classes = classes;
    }

    /**
     * Matches {@code text[from, to)}. Each token other than {@code *} consumes exactly one byte,
     * so when a mismatch happens it is enough to let the most recent {@code *} absorb one more
     * byte and retry: earlier stars could only absorb bytes the later one can absorb too.
     */
    boolean matches(byte[] text, int from, int to) {
      int t = from;
      int k = 0;
      int starToken = -1;
      int starText = from;
      int n = kinds.length;
      while (t < to) {
        if (k < n && kinds[k] != STAR && matchesOne(k, text[t] & 0xff)) {
          k++;
          t++;
        } else if (k < n && kinds[k] == STAR) {
          starToken = k;
          starText = t;
          k++;
        } else if (starToken >= 0) {
          k = starToken + 1;
          starText++;
          t = starText;
        } else {
          return false;
        }
      }
      while (k < n && kinds[k] == STAR) {
        k++;
      }
      return k == n;
    }

    private boolean matchesOne(int token, int b) {
      return switch (kinds[token]) {
        case LITERAL -> literals[token] == b;
        case ANY -> true;
        case CLASS -> classes[token][b];
        default -> false;
      };
    }
  }
}
