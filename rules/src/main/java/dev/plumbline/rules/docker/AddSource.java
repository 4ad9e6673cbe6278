package dev.plumbline.rules.docker;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.FileCopy;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a source of ADD is, as BuildKit decides what to do with it. */
enum AddSource {
  /** An {@code http(s)://} URL: downloaded, never unpacked unless {@code --unpack}. */
  URL,
  /** A Git repository ({@code git@...}, {@code git://...}, {@code https://...repo.git}). */
  GIT,
  /** A local file whose name says it is a tar archive Docker may unpack. */
  ARCHIVE,
  /** A local file or directory that ADD copies exactly as COPY would, or a here-document. */
  PLAIN,
  /** Not knowable from the file: a variable or a wildcard decides. */
  UNKNOWN;

  /** The compressions Docker detects when it unpacks a local tar archive, and tar itself. */
  private static final List<String> ARCHIVE_SUFFIXES = List.of(".tar", ".gz", ".tgz", ".bz2",
      ".tbz", ".tbz2", ".tb2", ".xz", ".txz", ".zst", ".tzst", ".zstd");
  /** {@code app-$VERSION} or {@code app.${EXT}}: the variable decides what the file is. */
  private static final Pattern TRAILING_VARIABLE =
      Pattern.compile("\\$(?:\\{[^}]*}|[A-Za-z_][A-Za-z0-9_]*)$");

  static AddSource of(FileCopy add, Word source) {
    if (add.heredoc(source).isPresent()) {
      return PLAIN;
    }
    String value = source.value();
    if (value.isEmpty() || value.startsWith("$")) {
      return UNKNOWN;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.startsWith("git@") || lower.startsWith("git://") || lower.startsWith("ssh://")) {
      return GIT;
    }
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      String path = lower.contains("#") ? lower.substring(0, lower.indexOf('#')) : lower;
      return path.endsWith(".git") || path.endsWith(".git/") ? GIT : URL;
    }
    if (TRAILING_VARIABLE.matcher(value).find() || endsWithWildcard(value)) {
      return UNKNOWN;
    }
    return ARCHIVE_SUFFIXES.stream().anyMatch(lower::endsWith) ? ARCHIVE : PLAIN;
  }

  /** {@code rootfs.tar*} or {@code dist/[ab]}: the matched names decide. */
  private static boolean endsWithWildcard(String value) {
    char last = value.charAt(value.length() - 1);
    return last == '*' || last == '?' || last == ']';
  }
}
