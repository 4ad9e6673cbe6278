package dev.plumbline.rules.github;

import static dev.plumbline.core.yaml.schema.Shape.ANY;
import static dev.plumbline.core.yaml.schema.Shape.BOOLEAN;
import static dev.plumbline.core.yaml.schema.Shape.NUMBER;
import static dev.plumbline.core.yaml.schema.Shape.STRING;
import static dev.plumbline.core.yaml.schema.Shape.listOf;
import static dev.plumbline.core.yaml.schema.Shape.mapOf;
import static dev.plumbline.core.yaml.schema.Shape.mapping;
import static dev.plumbline.core.yaml.schema.Shape.oneOf;

import dev.plumbline.core.yaml.schema.Shape;
import java.util.List;
import java.util.Set;

/**
 * The keys GitHub Actions accepts in workflows and action metadata, per the workflow syntax and
 * metadata syntax references. Values are checked for their kind only; meaning is for the rules.
 */
final class WorkflowSchema {

  /** Every event that can trigger a workflow. */
  static final List<String> EVENTS = List.of("branch_protection_rule", "check_run", "check_suite",
      "create", "delete", "deployment", "deployment_status", "discussion", "discussion_comment",
      "fork", "gollum", "issue_comment", "issues", "label", "merge_group", "milestone",
      "page_build", "project", "project_card", "project_column", "public", "pull_request",
      "pull_request_review", "pull_request_review_comment", "pull_request_target", "push",
      "registry_package", "release", "repository_dispatch", "schedule", "status", "watch",
      "workflow_call", "workflow_dispatch", "workflow_run");

  /** Scopes of the GITHUB_TOKEN that {@code permissions:} can set. */
  static final List<String> PERMISSION_SCOPES = List.of("actions", "attestations", "checks",
      "contents", "deployments", "discussions", "id-token", "issues", "models", "packages",
      "pages", "pull-requests", "repository-projects", "security-events", "statuses");

  static final Set<String> REUSABLE_CALL_KEYS = Set.of("name", "uses", "with", "secrets",
      "needs", "if", "permissions", "strategy", "concurrency");

  static final Shape CONCURRENCY = oneOf(STRING, mapping("concurrency")
      .required("group", STRING).key("cancel-in-progress", BOOLEAN).key("queue", STRING).build());

  static final Shape DEFAULTS = mapping("defaults")
      .key("run", mapping("defaults.run").key("shell", STRING).key("working-directory", STRING).build())
      .build();

  static final Shape ENV = oneOf(mapOf("environment variable", STRING), STRING);

  static final Shape CONTAINER = oneOf(STRING, mapping("container")
      .required("image", STRING)
      .key("credentials", mapping("credentials").key("username", STRING).key("password", STRING).build())
      .key("env", ENV)
      .key("ports", listOf(STRING))
      .key("volumes", listOf(STRING))
      .key("options", STRING)
      .build());

  static final Shape STEP = steps("step").key("timeout-minutes", NUMBER).build();

  static final Shape.MapShape JOB = mapping("job")
      .key("name", STRING)
      .key("permissions", ANY) // checked by the rule: scopes and levels
      .key("needs", oneOf(STRING, listOf(STRING)))
      .key("if", STRING)
      .key("runs-on", oneOf(STRING, listOf(STRING), mapping("runs-on")
          .key("group", STRING).key("labels", oneOf(STRING, listOf(STRING))).build()))
      .key("snapshot", ANY)
      .key("environment", oneOf(STRING, mapping("environment")
          .required("name", STRING).key("url", STRING).key("deployment", BOOLEAN).build()))
      .key("concurrency", CONCURRENCY)
      .key("outputs", mapOf("output", STRING))
      .key("env", ENV)
      .key("defaults", DEFAULTS)
      .key("steps", listOf(STEP))
      .key("timeout-minutes", NUMBER)
      .key("strategy", oneOf(mapping("strategy")
          .key("matrix", oneOf(mapOf("matrix axis", ANY), STRING))
          .key("fail-fast", BOOLEAN)
          .key("max-parallel", NUMBER)
          .build(), STRING))
      .key("continue-on-error", BOOLEAN)
      .key("container", CONTAINER)
      .key("services", mapOf("service", CONTAINER))
      .key("uses", STRING)
      .key("with", mapOf("input", ANY))
      .key("secrets", oneOf(STRING, mapOf("secret", STRING)))
      .build();

  static final Shape WORKFLOW = mapping("workflow")
      .key("name", STRING)
      .key("run-name", STRING)
      .required("on", ANY) // checked by the rule: event names
      .key("permissions", ANY)
      .key("env", ENV)
      .key("defaults", DEFAULTS)
      .key("concurrency", CONCURRENCY)
      .required("jobs", mapOf("job", JOB))
      .build();

  /** Composite action steps have no {@code timeout-minutes}. */
  static final Shape ACTION_STEP = steps("composite action step").build();

  static final Shape RUNS = mapping("runs")
      .required("using", STRING)
      .key("main", STRING)
      .key("pre", STRING)
      .key("pre-if", STRING)
      .key("post", STRING)
      .key("post-if", STRING)
      .key("steps", listOf(ACTION_STEP))
      .key("image", STRING)
      .key("entrypoint", STRING)
      .key("pre-entrypoint", STRING)
      .key("post-entrypoint", STRING)
      .key("args", listOf(STRING))
      .key("env", ENV)
      .build();

  static final Shape ACTION = mapping("action")
      .required("name", STRING)
      .key("author", STRING)
      .key("description", STRING)
      .key("inputs", mapOf("input", oneOf(mapping("input")
          .key("description", STRING).key("required", BOOLEAN).key("default", STRING)
          .key("deprecationMessage", STRING).build(), STRING)))
      .key("outputs", mapOf("output", mapping("output")
          .key("description", STRING).key("value", STRING).build()))
      .required("runs", RUNS)
      .key("branding", mapping("branding").key("icon", STRING).key("color", STRING).build())
      .build();

  private WorkflowSchema() {}

  /** The keys workflow steps and composite action steps share. */
  private static Shape.MapShape.Builder steps(String what) {
    return mapping(what)
        .key("id", STRING)
        .key("if", STRING)
        .key("name", STRING)
        .key("uses", STRING)
        .key("run", STRING)
        .key("shell", STRING)
        .key("with", mapOf("input", ANY))
        .key("env", ENV)
        .key("continue-on-error", BOOLEAN)
        .key("working-directory", STRING);
  }
}
