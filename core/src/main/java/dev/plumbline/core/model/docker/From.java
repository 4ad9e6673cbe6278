package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Flag;
import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code FROM [--platform=...] image [AS name]}: starts a build stage. */
public final class From extends Instruction {

  From(InstructionNode node) {
    super(node);
  }

  /** The base image; empty when FROM has no argument. */
  public Optional<ImageRef> image() {
    List<Word> args = arguments();
    return args.isEmpty() ? Optional.empty() : Optional.of(ImageRef.parse(args.get(0)));
  }

  /** The {@code AS} keyword, when the stage is named. */
  public Optional<Word> asKeyword() {
    List<Word> args = arguments();
    return args.size() >= 2 && args.get(1).text().equalsIgnoreCase("as")
        ? Optional.of(args.get(1)) : Optional.empty();
  }

  /** The stage name as written after {@code AS}. */
  public Optional<Word> alias() {
    List<Word> args = arguments();
    return asKeyword().isPresent() && args.size() >= 3 ? Optional.of(args.get(2))
        : Optional.empty();
  }

  /** The stage name as Docker uses it: lower case (stage names are case-insensitive). */
  public Optional<String> stageName() {
    return alias().map(a -> a.value().toLowerCase(Locale.ROOT));
  }

  public Optional<Flag> platform() {
    return flag("platform");
  }
}
