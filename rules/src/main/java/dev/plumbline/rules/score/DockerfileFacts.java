package dev.plumbline.rules.score;

import static dev.plumbline.core.score.FactKind.DOCKERFILE;
import static dev.plumbline.core.score.FactKind.IMAGE_DIGEST;
import static dev.plumbline.core.score.FactKind.MULTI_STAGE;
import static dev.plumbline.core.score.FactKind.NON_ROOT;
import static dev.plumbline.core.score.FactKind.SECRET_INJECTION;

import dev.plumbline.core.docker.Word;
import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.docker.ImageRef;
import dev.plumbline.core.model.docker.Mount;
import dev.plumbline.core.model.docker.Run;
import dev.plumbline.core.model.docker.Stage;
import dev.plumbline.core.model.docker.User;
import java.util.Optional;

/** The facts of a Dockerfile: stages, digests, the final user, build secrets. */
final class DockerfileFacts {

  private DockerfileFacts() {}

  static void read(Dockerfile dockerfile, FactSink sink) {
    String path = dockerfile.file().path();
    if (dockerfile.stages().isEmpty()) {
      return; // not a buildable Dockerfile: DKR000 says why
    }
    Stage first = dockerfile.stages().get(0);
    sink.add(DOCKERFILE, path, first.from().span(), "Dockerfile");
    Stage last = dockerfile.finalStage().orElse(first);
    if (dockerfile.stages().size() > 1) {
      sink.add(MULTI_STAGE, path, last.from().span(),
          "the image is built in " + dockerfile.stages().size() + " stages");
    }
    for (Stage stage : dockerfile.stages()) {
      Optional<Word> digest = stage.image().filter(i -> stage.baseStage().isEmpty())
          .flatMap(ImageRef::digest);
      digest.ifPresent(d -> sink.add(IMAGE_DIGEST, path, d.span(),
          "FROM " + stage.image().get().text() + " is pinned by digest"));
      for (Run run : stage.instructions(Run.class)) {
        for (Mount mount : run.mounts()) {
          if (mount.type().equals("secret")) {
            sink.add(SECRET_INJECTION, path, mount.flag().span(),
                "RUN mounts a build secret instead of copying it into a layer");
          }
        }
      }
    }
    finalUser(last).filter(u -> !u.isRoot() && u.name().isPresent()).ifPresent(u ->
        sink.add(NON_ROOT, path, u.span(), "the image runs as user '"
            + u.name().get().value() + "'"));
  }

  /**
   * The USER that applies to the final image: its stage's last, else its base stage's (at most
   * one step per stage, whatever the references say).
   */
  private static Optional<User> finalUser(Stage stage) {
    Stage s = stage;
    for (int i = 0; s != null && i < stage.dockerfile().stages().size(); i++) {
      Optional<User> user = s.last(User.class);
      if (user.isPresent()) {
        return user;
      }
      s = s.baseStage().orElse(null);
    }
    return Optional.empty();
  }
}
