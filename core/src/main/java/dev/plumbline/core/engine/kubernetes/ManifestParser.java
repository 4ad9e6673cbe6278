package dev.plumbline.core.engine.kubernetes;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlDocument;
import dev.plumbline.core.yaml.YamlLimits;
import dev.plumbline.core.yaml.YamlParser;
import dev.plumbline.core.yaml.YamlProblem;
import dev.plumbline.core.yaml.YamlStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a manifest stream so that a syntax error in one document does not hide the documents
 * after it: the YAML parser stops at the first syntax error, so parsing resumes at the next
 * {@code ---} line after the error. The resumed text keeps every offset (what precedes the
 * separator is blanked to spaces, line breaks kept), so spans still point into the file.
 */
final class ManifestParser {

  private static final Pattern SEPARATOR = Pattern.compile("^---(?=[ \\t\\r\\n]|$)",
      Pattern.MULTILINE);
  /** Beyond this many broken documents the rest of the file is not read. */
  private static final int MAX_RESUMES = 50;

  private ManifestParser() {}

  /** The documents read and the problems found, over the whole file. */
  /**
   * Kubernetes reads YAML with go-yaml (through sigs.k8s.io/yaml), which applies {@code <<}
   * merge keys, so they are applied here too.
   */
  static YamlStream parse(SourceFile file, YamlLimits limits) {
    YamlParser parser = new YamlParser(limits, true);
    List<YamlDocument> documents = new ArrayList<>();
    List<YamlProblem> problems = new ArrayList<>();
    String text = file.text();
    SourceFile current = file;
    int resumedAt = 0;
    for (int resumes = 0; ; resumes++) {
      YamlStream stream = parser.parse(current);
      documents.addAll(stream.documents());
      problems.addAll(stream.problems());
      Optional<YamlProblem> fatal = stream.fatalProblem();
      if (fatal.isEmpty() || fatal.get().kind() != YamlProblem.Kind.SYNTAX
          || resumes == MAX_RESUMES) {
        break;
      }
      int errorLine = file.lines().lineStart(fatal.get().span().start().line());
      Matcher next = SEPARATOR.matcher(text);
      int from = Math.max(errorLine, resumedAt + 1);
      if (from >= text.length() || !next.find(from)) {
        break;
      }
      resumedAt = next.start();
      current = SourceFile.of(file.path(), blankBefore(text, resumedAt));
    }
    return new YamlStream(file, documents, problems);
  }

  private static String blankBefore(String text, int end) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      b.append(c == '\n' || c == '\r' ? c : ' ');
    }
    return b.append(text, end, text.length()).toString();
  }
}
