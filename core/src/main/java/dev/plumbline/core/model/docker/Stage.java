package dev.plumbline.core.model.docker;

import dev.plumbline.core.docker.Flag;
import dev.plumbline.core.docker.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A build stage: a FROM and the instructions up to the next FROM. */
public final class Stage {

  private final Dockerfile dockerfile;
  private final int index;
  private final From from;
  private final List<Instruction> instructions = new ArrayList<>();
  private final List<Instruction> view = Collections.unmodifiableList(instructions);
  private Stage baseStage;

  Stage(Dockerfile dockerfile, int index, From from) {
    this.dockerfile = dockerfile;
    this.index = index;
    this.from = from;
    instructions.add(from);
  }

  public Dockerfile dockerfile() {
    return dockerfile;
  }

  /** 0-based position among the stages; {@code COPY --from=0} refers to the first. */
  public int index() {
    return index;
  }

  public From from() {
    return from;
  }

  /** The base image; empty when FROM has no argument. */
  public Optional<ImageRef> image() {
    return from.image();
  }

  /** The stage name after {@code AS}, as written. */
  public Optional<Word> alias() {
    return from.alias();
  }

  /** The stage name in lower case, as Docker matches it. */
  public Optional<String> name() {
    return from.stageName();
  }

  public Optional<Flag> platform() {
    return from.platform();
  }

  /** The stage's instructions in order, starting with its FROM (ONBUILD triggers not unwrapped). */
  public List<Instruction> instructions() {
    return view;
  }

  /** The stage's instructions of one type, in order. */
  public <T extends Instruction> List<T> instructions(Class<T> type) {
    return instructions.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The last instruction of a type (the one that takes effect for CMD, ENTRYPOINT, USER...). */
  public <T extends Instruction> Optional<T> last(Class<T> type) {
    for (int i = instructions.size() - 1; i >= 0; i--) {
      if (type.isInstance(instructions.get(i))) {
        return Optional.of(type.cast(instructions.get(i)));
      }
    }
    return Optional.empty();
  }

  /** The earlier stage this one builds on ({@code FROM build AS test}), if its image names one. */
  public Optional<Stage> baseStage() {
    return Optional.ofNullable(baseStage);
  }

  /** Whether this is the last stage: the image {@code docker build} produces by default. */
  public boolean isFinal() {
    List<Stage> stages = dockerfile.stages();
    return stages.get(stages.size() - 1) == this;
  }

  /** For messages: {@code stage 'build'} or {@code stage 2} (1-based). */
  public String label() {
    return name().map(n -> "stage '" + n + "'").orElse("stage " + (index + 1));
  }

  void add(Instruction instruction) {
    instructions.add(instruction);
  }

  void baseStage(Stage stage) {
    this.baseStage = stage;
  }

  @Override
  public String toString() {
    return label();
  }
}
