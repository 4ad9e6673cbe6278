package dev.plumbline.core.engine;

import dev.plumbline.core.model.docker.Dockerfile;
import dev.plumbline.core.model.github.Workflow;
import dev.plumbline.core.model.gitlab.Pipeline;
import dev.plumbline.core.model.kubernetes.KubeObject;
import dev.plumbline.core.model.terraform.TerraformModule;
import dev.plumbline.core.source.SourceFile;
import java.util.List;

/**
 * Sees the models the platforms build during a run, for reports that describe a repository
 * rather than find faults in it (the maturity score reads, in the same run as the rules, which
 * jobs test and deploy, which images are pinned, where Terraform keeps its state). Given to
 * {@link Engine#run(List, List, ModelObserver)}; the engine calls it once per model, after the
 * rules have walked that model.
 *
 * <p>Calls come from the run's worker threads, in no fixed order: an implementation must be
 * thread-safe and must sort what it keeps. It only reads the models (they are shared with the
 * rules, whose walk is over when the observer sees them); an exception it throws becomes an
 * internal-error notification of the file, like a rule's.
 */
public interface ModelObserver {

  /** An observer that looks at nothing: what {@code run} without one uses. */
  ModelObserver NONE = new ModelObserver() {};

  /** A GitHub Actions workflow, modelled with its repository. */
  default void workflow(Workflow workflow, SourceFile file) {}

  /**
   * A GitLab CI pipeline: a {@code .gitlab-ci.yml} with the files it includes, a child pipeline,
   * or a pipeline file no {@code .gitlab-ci.yml} of the run includes.
   */
  default void pipeline(Pipeline pipeline) {}

  /** A Dockerfile; {@link Dockerfile#file()} is its source. */
  default void dockerfile(Dockerfile dockerfile) {}

  /** The Kubernetes objects of one manifest file, in file order. */
  default void kubernetesObjects(List<KubeObject> objects, SourceFile file) {}

  /** A Terraform module: the files of one directory. */
  default void terraformModule(TerraformModule module) {}
}
