package dev.plumbline.core.model.gitlab;

import java.util.List;
import java.util.Set;

/** GitLab's documented keywords (CI/CD YAML syntax reference). */
public final class Keywords {

  /** Top-level keywords that are not jobs. */
  public static final Set<String> GLOBAL = Set.of("stages", "workflow", "include", "default",
      "variables", "image", "services", "before_script", "after_script", "cache", "spec");

  /** Keywords a job may use. */
  public static final Set<String> JOB = Set.of("after_script", "allow_failure", "artifacts",
      "before_script", "cache", "coverage", "dast_configuration", "dependencies", "environment",
      "extends", "hooks", "identity", "id_tokens", "image", "inherit", "interruptible",
      "manual_confirmation", "needs", "pages", "parallel", "release", "resource_group", "retry",
      "rules", "run", "script", "secrets", "services", "stage", "tags", "timeout", "trigger",
      "variables", "when", "only", "except", "start_in", "publish", "environment_tier");

  /** Keywords {@code default:} may set, which jobs inherit unless they set them. */
  public static final List<String> DEFAULT = List.of("after_script", "artifacts",
      "before_script", "cache", "hooks", "id_tokens", "image", "interruptible", "retry",
      "services", "tags", "timeout");

  /** The stages a pipeline has when it names none. */
  public static final List<String> DEFAULT_STAGES =
      List.of(".pre", "build", "test", "deploy", ".post");

  private Keywords() {}
}
