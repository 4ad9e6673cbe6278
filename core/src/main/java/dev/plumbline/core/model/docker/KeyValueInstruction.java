package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.InstructionNode;
import dev.plumbline.core.docker.Word;
import java.util.List;
import java.util.Optional;

/** ENV and LABEL: {@code key=value} pairs, or the legacy {@code key value} form. */
public abstract class KeyValueInstruction extends Instruction {

  KeyValueInstruction(InstructionNode node) {
    super(node);
  }

  /** Whether this is the legacy form {@code ENV key value}, whose value is the rest of the line. */
  public boolean isLegacyForm() {
    List<Word> args = arguments();
    return !args.isEmpty() && args.get(0).text().indexOf('=') < 0;
  }

  public List<KeyValue> pairs() {
    List<Word> args = arguments();
    if (isLegacyForm()) {
      Word key = args.get(0);
      Optional<Word> value = args.size() > 1 ? Optional.of(args.get(1)) : Optional.empty();
      return List.of(new KeyValue(key, value,
          value.map(v -> key.span().union(v.span())).orElse(key.span())));
    }
    return args.stream().map(KeyValue::of).toList();
  }

  /** The last pair of a name (the one that wins), if set here. */
  public Optional<KeyValue> pair(String name) {
    List<KeyValue> pairs = pairs();
    for (int i = pairs.size() - 1; i >= 0; i--) {
      if (pairs.get(i).name().equals(name)) {
        return Optional.of(pairs.get(i));
      }
    }
    return Optional.empty();
  }
}
