package dev.plumbline.core.docker;

import dev.plumbline.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one instruction from its joined line: keyword, flags, then arguments per instruction. */
final class InstructionReader {

  private final JoinedText line;
  private final String text;
  private final char escape;
  private final List<DockerProblem> problems;
  private final Span lineSpan;

  private InstructionReader(JoinedText line, char escape, List<DockerProblem> problems,
      Span lineSpan) {
    this.line = line;
    this.text = line.text();
    this.escape = escape;
    this.problems = problems;
    this.lineSpan = lineSpan;
  }

  /**
   * Reads the instruction on {@code line}.
   *
   * @param lineSpan the file span from the instruction's first character to the end of its last
   *                 line, shared by an ONBUILD trigger
   */
  static InstructionNode read(JoinedText line, char escape, List<DockerProblem> problems,
      Span lineSpan) {
    return new InstructionReader(line, escape, problems, lineSpan).read(0, line.length(), true);
  }

  /**
   * @param triggerAllowed whether an ONBUILD here may wrap a trigger: only at the top, so that
   *                       {@code ONBUILD ONBUILD ...} (which Docker rejects) cannot nest deeply
   */
  private InstructionNode read(int from, int to, boolean triggerAllowed) {
    int start = Chars.skipSpace(text, from, to);
    int keywordEnd = start;
    while (keywordEnd < to && !Chars.isSeparator(text.charAt(keywordEnd))) {
      keywordEnd++;
    }
    Word keyword = Word.raw(line, start, keywordEnd);
    FlagReader.Result flags = FlagReader.read(line, keywordEnd, to);
    int argsStart = flags.argumentsStart();
    int argsEnd = Chars.trimEnd(text, argsStart, to);
    Optional<Word> argumentText = argsEnd > argsStart
        ? Optional.of(Word.raw(line, argsStart, argsEnd)) : Optional.empty();
    Arguments args = arguments(Keyword.of(keyword.text()).orElse(null), argsStart, argsEnd,
        triggerAllowed);
    Span span = new Span(keyword.span().start(), lineSpan.end());
    return new InstructionNode(keyword, flags.flags(), argumentText, args.words, args.form,
        List.of(), args.trigger, line, span, span);
  }

  /** The arguments of an instruction, its form, and an ONBUILD's trigger. */
  private record Arguments(List<Word> words, InstructionNode.Form form,
      Optional<InstructionNode> trigger) {
    static Arguments of(List<Word> words) {
      return new Arguments(words, InstructionNode.Form.SHELL, Optional.empty());
    }
  }

  private Arguments arguments(Keyword keyword, int from, int to, boolean triggerAllowed) {
    if (keyword == null) {
      return Arguments.of(WordSplitter.bySeparators(line, from, to, escape));
    }
    return switch (keyword) {
      case RUN, CMD, ENTRYPOINT, SHELL -> maybeExec(keyword, from, to, false);
      case ADD, COPY, VOLUME -> maybeExec(keyword, from, to, true);
      case FROM, EXPOSE -> Arguments.of(WordSplitter.bySeparators(line, from, to, escape));
      case ENV, LABEL -> Arguments.of(nameValues(keyword, from, to));
      case ARG -> Arguments.of(WordSplitter.shellLike(line, from, to, escape));
      case HEALTHCHECK -> healthcheck(from, to);
      case ONBUILD -> to > from
          ? new Arguments(List.of(Word.raw(line, from, to)), InstructionNode.Form.SHELL,
              triggerAllowed ? Optional.of(read(from, to, false)) : Optional.empty())
          : Arguments.of(List.of());
      case MAINTAINER, USER, WORKDIR, STOPSIGNAL -> Arguments.of(to > from
          ? List.of(Word.quoted(line, from, to, escape)) : List.of());
    };
  }

  /**
   * A JSON array of strings if the text is one; otherwise one word (a command) or, for
   * {@code asList}, whitespace-separated words, as Docker falls back to.
   */
  private Arguments maybeExec(Keyword keyword, int from, int to, boolean asList) {
    if (from < to && text.charAt(from) == '[') {
      JsonArrayReader.Result json = JsonArrayReader.read(line, from, to);
      if (json.valid() || json.nonString()) {
        if (json.nonString()) {
          problems.add(new DockerProblem(line.span(json.errorAt(), json.errorEnd()),
              keyword + ": in an exec-form (JSON) array every element must be a string"));
        }
        int rest = Chars.skipSpace(text, json.end(), to);
        if (rest < to) {
          problems.add(new DockerProblem(line.span(rest, to), keyword
              + ": unexpected text after the JSON array"));
        }
        return new Arguments(json.strings(), InstructionNode.Form.EXEC, Optional.empty());
      }
      if (looksLikeJson(keyword, from, to)) {
        problems.add(new DockerProblem(line.span(json.errorAt(), json.errorEnd()),
            keyword + ": not a valid JSON array ("
            + json.error() + "), so Docker reads it as shell form"));
        List<Word> words = asList ? WordSplitter.bySeparators(line, from, to, escape)
            : List.of(Word.raw(line, from, to));
        return new Arguments(words, InstructionNode.Form.BROKEN_EXEC, Optional.empty());
      }
    }
    if (from >= to) {
      return Arguments.of(List.of());
    }
    return Arguments.of(asList ? WordSplitter.bySeparators(line, from, to, escape)
        : List.of(Word.raw(line, from, to)));
  }

  /**
   * Whether text starting with {@code [} was meant as an exec-form array. A shell command may
   * start with {@code [} too ({@code RUN [ -f x ] && ...}, {@code HEALTHCHECK CMD [ -f x ]}), so
   * for RUN and HEALTHCHECK only a bracketed list of quoted items separated by commas counts.
   */
  private boolean looksLikeJson(Keyword keyword, int from, int to) {
    if (text.charAt(to - 1) != ']') {
      return false;
    }
    if (keyword != Keyword.RUN && keyword != Keyword.HEALTHCHECK) {
      return true;
    }
    int first = Chars.skipSpace(text, from + 1, to);
    return first < to && (text.charAt(first) == '"' || text.charAt(first) == '\'')
        && text.substring(first, to).contains(",");
  }

  /**
   * ENV and LABEL: {@code key=value ...}, or the legacy {@code key value} whose value is the rest
   * of the line.
   */
  private List<Word> nameValues(Keyword keyword, int from, int to) {
    List<Word> words = WordSplitter.shellLike(line, from, to, escape);
    if (words.isEmpty()) {
      return words;
    }
    Word first = words.get(0);
    if (first.text().indexOf('=') < 0) {
      int keyEnd = from;
      while (keyEnd < to && !Chars.isSeparator(text.charAt(keyEnd))) {
        keyEnd++;
      }
      int valueStart = keyEnd;
      while (valueStart < to && Chars.isSeparator(text.charAt(valueStart))) {
        valueStart++;
      }
      Word key = Word.quoted(line, from, keyEnd, escape);
      if (valueStart >= to) {
        problems.add(new DockerProblem(key.span(), keyword + " " + key.text()
            + " has no value: write " + key.text() + "=<value>"));
        return List.of(key);
      }
      return List.of(key, Word.quoted(line, valueStart, to, escape));
    }
    for (Word word : words) {
      if (word.text().indexOf('=') < 0) {
        problems.add(new DockerProblem(word.span(), keyword + ": '" + word.text()
            + "' has no '='; write name=value (quote values that contain spaces)"));
      }
    }
    return words;
  }

  private Arguments healthcheck(int from, int to) {
    int typeEnd = from;
    while (typeEnd < to && !Chars.isSpace(text.charAt(typeEnd))) {
      typeEnd++;
    }
    if (typeEnd == from) {
      return Arguments.of(List.of());
    }
    Word type = Word.quoted(line, from, typeEnd, escape);
    int commandStart = Chars.skipSpace(text, typeEnd, to);
    Arguments command = maybeExec(Keyword.HEALTHCHECK, commandStart, to, false);
    List<Word> words = new ArrayList<>();
    words.add(type);
    words.addAll(command.words());
    return new Arguments(words, command.form(), Optional.empty());
  }
}
