package dev.plumbline.core.rule;

/**
 * A rule's explanation, Markdown. The first line is the title ({@code # GHA001 unpinned-action});
 * the first paragraph after it is the description, used where one paragraph is wanted (SARIF
 * {@code fullDescription}).
 */
public record RuleDocs(String markdown, String description) {

  public static RuleDocs parse(String markdown) {
    String normalized = markdown.replace("\r\n", "\n");
    return new RuleDocs(normalized, firstParagraph(normalized));
  }

  public boolean isPresent() {
    return !markdown.isBlank();
  }

  private static String firstParagraph(String markdown) {
    StringBuilder paragraph = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      String trimmed = line.trim();
      if (trimmed.startsWith("#") && paragraph.length() == 0) {
        continue;
      }
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("```")) {
        if (paragraph.length() > 0) {
          break;
        }
        continue;
      }
      if (paragraph.length() > 0) {
        paragraph.append(' ');
      }
      paragraph.append(trimmed);
    }
    return paragraph.toString();
  }
}
