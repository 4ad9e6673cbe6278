package dev.plumbline.rules.score;

import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.score.Fact;
import dev.plumbline.core.score.FactSource;
import dev.plumbline.core.source.SourceFile;
import java.util.List;

/**
 * Collects the facts of the maturity score during a run: give one to
 * {@code Engine.run(files, notifications, facts)}, then read {@link #facts()}. One instance per
 * run; safe for the run's threads.
 */
public final class RepositoryFacts implements FactSource {

  private final FactSink sink = new FactSink();
  private final KubernetesFacts kubernetes = new KubernetesFacts();

  @Override
  public void workflow(Workflow workflow, SourceFile file) {
    GitHubFacts.read(workflow, file, sink);
  }

  @Override
  public void pipeline(Pipeline pipeline) {
    GitLabFacts.read(pipeline, sink);
  }

  @Override
  public void dockerfile(Dockerfile dockerfile) {
    DockerfileFacts.read(dockerfile, sink);
  }

  @Override
  public void kubernetesObjects(List<KubeObject> objects, SourceFile file) {
    kubernetes.read(objects, file.path(), sink);
  }

  @Override
  public void terraformModule(TerraformModule module) {
    TerraformFacts.read(module, sink);
  }

  /** Everything the run showed, sorted; call once the run is over. */
  @Override
  public List<Fact> facts() {
    kubernetes.finish(sink);
    return sink.sorted();
  }
}
