package dev.plumbline.core.shell;

/**
 * The body of a here-document ({@code <<EOF} ... {@code EOF}). It is data to the script, so it is
 * not lexed.
 *
 * @param delimiter  the delimiter word with quotes removed
 * @param quoted     whether the delimiter was quoted, so the body is not expanded
 * @param stripsTabs {@code <<-}: leading tabs are removed from body lines and the delimiter line
 * @param bodyStart  script offset of the first body line
 * @param bodyEnd    script offset just past the last body line (the start of the delimiter line)
 * @param terminated whether the delimiter line was found; if not, the body runs to the end
 * @param body       the body text as written
 */
public record Heredoc(String delimiter, boolean quoted, boolean stripsTabs, int bodyStart,
    int bodyEnd, boolean terminated, String body) {}
