package dev.plumbline.core.docker;

import dev.plumbline.core.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * One instruction as the parser read it: its keyword, flags and arguments, split the way Docker
 * splits that instruction, and its here-documents. The typed views of
 * {@code dev.plumbline.core.model.docker} are built on it.
 *
 * <p>{@link #arguments()} follows Docker: the strings of an exec-form (JSON) array; one word
 * holding the whole command of a shell-form {@code RUN}, {@code CMD}, {@code ENTRYPOINT} or
 * {@code SHELL}; one word for {@code USER}, {@code WORKDIR}, {@code MAINTAINER},
 * {@code STOPSIGNAL} and {@code ONBUILD}; the quote-aware words of {@code ENV}, {@code LABEL} and
 * {@code ARG} (the key and the rest of the line for the legacy {@code ENV key value}); the type
 * followed by the command for {@code HEALTHCHECK}; whitespace-separated words otherwise.
 */
public final class InstructionNode {

  private final Word keyword;
  private final Optional<Keyword> known;
  private final List<Flag> flags;
  private final Optional<Word> argumentText;
  private final List<Word> arguments;
  private final Form form;
  private final List<Heredoc> heredocs;
  private final Optional<InstructionNode> trigger;
  private final JoinedText line;
  private final Span span;
  private final Span fullSpan;

  /** How the arguments are written. */
  public enum Form {
    /** A JSON array of strings: {@code CMD ["app", "--serve"]}. */
    EXEC,
    /** Anything else. */
    SHELL,
    /**
     * Meant as a JSON array but not valid JSON ({@code CMD ['app']}): Docker reads it as shell
     * form, which is rarely what the author meant; the parser reports it.
     */
    BROKEN_EXEC
  }

  InstructionNode(Word keyword, List<Flag> flags, Optional<Word> argumentText,
      List<Word> arguments, Form form, List<Heredoc> heredocs, Optional<InstructionNode> trigger,
      JoinedText line, Span span, Span fullSpan) {
    this.keyword = keyword;
    this.known = Keyword.of(keyword.text());
    this.flags = List.copyOf(flags);
    this.argumentText = argumentText;
    this.arguments = List.copyOf(arguments);
    this.form = form;
    this.heredocs = List.copyOf(heredocs);
    this.trigger = trigger;
    this.line = line;
    this.span = span;
    this.fullSpan = fullSpan;
  }

  /** The keyword as written ({@code run}, {@code RUN}). */
  public Word keyword() {
    return keyword;
  }

  /** The instruction, if Docker knows it. */
  public Optional<Keyword> known() {
    return known;
  }

  public List<Flag> flags() {
    return flags;
  }

  /** Everything after the keyword and the flags, trimmed; empty when nothing follows them. */
  public Optional<Word> argumentText() {
    return argumentText;
  }

  /** The arguments as Docker splits them for this instruction (see the class comment). */
  public List<Word> arguments() {
    return arguments;
  }

  public Form form() {
    return form;
  }

  public boolean isExecForm() {
    return form == Form.EXEC;
  }

  /** The here-documents ({@code RUN <<EOF}); for an ONBUILD, those of its trigger. */
  public List<Heredoc> heredocs() {
    return trigger.map(InstructionNode::heredocs).orElse(heredocs);
  }

  /** For {@code ONBUILD RUN ...}, the {@code RUN ...} it wraps. */
  public Optional<InstructionNode> trigger() {
    return trigger;
  }

  /** The instruction's text with its continuation lines joined (without here-document bodies). */
  public JoinedText line() {
    return line;
  }

  /** From the keyword to the end of the instruction's last line, here-document bodies excluded. */
  public Span span() {
    return span;
  }

  /** From the keyword to the end of the last here-document's terminator: everything it covers. */
  public Span fullSpan() {
    return fullSpan;
  }

  InstructionNode withHeredocs(List<Heredoc> found, Span newFullSpan) {
    if (trigger.isPresent()) {
      InstructionNode inner = trigger.get().withHeredocs(found, newFullSpan);
      return new InstructionNode(keyword, flags, argumentText, arguments, form, List.of(),
          Optional.of(inner), line, span, newFullSpan);
    }
    return new InstructionNode(keyword, flags, argumentText, arguments, form, found, trigger,
        line, span, newFullSpan);
  }

  /** Whether here-documents can follow: a shell-form RUN, COPY or ADD, also as ONBUILD trigger. */
  boolean takesHeredocs() {
    if (trigger.isPresent()) {
      return trigger.get().takesHeredocs();
    }
    return known.filter(Keyword::takesHeredocs).isPresent() && form != Form.EXEC;
  }

  @Override
  public String toString() {
    return line.text();
  }
}
