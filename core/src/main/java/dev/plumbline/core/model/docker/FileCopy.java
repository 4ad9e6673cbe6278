package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Flag;
import dev.plumbline.core.docker.Heredoc;
import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Word;
import java.util.List;
import java.util.Optional;

/** COPY and ADD: sources (paths, URLs or here-documents) and a destination. */
public abstract class FileCopy extends Instruction {

  FileCopy(InstructionNode node) {
    super(node);
  }

  /** Every argument but the last; a here-document source is its {@code <<EOF} word. */
  public List<Word> sources() {
    List<Word> args = arguments();
    return args.size() < 2 ? List.of() : args.subList(0, args.size() - 1);
  }

  /** The last argument; empty when there are fewer than two arguments. */
  public Optional<Word> destination() {
    List<Word> args = arguments();
    return args.size() < 2 ? Optional.empty() : Optional.of(args.get(args.size() - 1));
  }

  /** The here-document a source stands for ({@code COPY <<EOF /etc/conf}), if it is one. */
  public Optional<Heredoc> heredoc(Word source) {
    return heredocs().stream().filter(h -> h.word().span().equals(source.span())).findFirst();
  }

  public Optional<Flag> chown() {
    return flag("chown");
  }

  public Optional<Flag> chmod() {
    return flag("chmod");
  }

  /** Whether {@code --link} is on ({@code --link} or {@code --link=true}). */
  public boolean isLink() {
    return flag("link").map(f -> f.valueText().map(v -> v.equalsIgnoreCase("true")).orElse(true))
        .orElse(false);
  }
}
