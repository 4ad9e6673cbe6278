package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Word;
import java.util.Optional;

/** {@code USER name[:group]} or {@code USER uid[:gid]}: who runs what follows and the container. */
public final class User extends Instruction {

  User(InstructionNode node) {
    super(node);
  }

  /** The whole argument. */
  public Optional<Word> user() {
    return arguments().stream().findFirst();
  }

  /** The user part (before {@code :}), as a word with its span. */
  public Optional<Word> name() {
    return user().map(u -> {
      int colon = u.text().indexOf(':');
      return colon < 0 ? u : u.slice(0, colon);
    });
  }

  /** The group part (after {@code :}), if given. */
  public Optional<Word> group() {
    return user().flatMap(u -> {
      int colon = u.text().indexOf(':');
      return colon < 0 ? Optional.empty() : Optional.of(u.slice(colon + 1, u.text().length()));
    });
  }

  /** Whether the user is root by name or by UID 0. */
  public boolean isRoot() {
    return name().map(n -> n.value().equals("root") || n.value().equals("0")).orElse(false);
  }
}
