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

  private static final Shape STRINGS = oneOf(STRING, listOf(STRING));

  /** Types of {@code on.workflow_call} inputs. */
  static final List<String> CALL_INPUT_TYPES = List.of("boolean", "number", "string");

  /** Types of {@code on.workflow_dispatch} inputs. */
  static final List<String> DISPATCH_INPUT_TYPES =
      List.of("boolean", "choice", "environment", "number", "string");

  private static final Shape PUSH = mapping("push event")
      .key("branches", STRINGS).key("branches-ignore", STRINGS)
      .key("tags", STRINGS).key("tags-ignore", STRINGS)
      .key("paths", STRINGS).key("paths-ignore", STRINGS)
      .build();

  private static final Shape PULL_REQUEST = mapping("pull request event")
      .key("branches", STRINGS).key("branches-ignore", STRINGS)
      .key("paths", STRINGS).key("paths-ignore", STRINGS)
      .key("types", STRINGS)
      .build();

  private static final Shape WORKFLOW_DISPATCH = mapping("workflow_dispatch event")
      .key("inputs", mapOf("input", mapping("workflow_dispatch input")
          .key("description", STRING).key("required", BOOLEAN).key("default", ANY)
          .key("type", STRING).key("options", listOf(STRING)).build()))
      .build();

  private static final Shape WORKFLOW_CALL = mapping("workflow_call event")
      .key("inputs", mapOf("input", mapping("workflow_call input")
          .key("description", STRING).key("required", BOOLEAN).key("default", ANY)
          .required("type", STRING).build()))
      .key("outputs", mapOf("output", mapping("workflow_call output")
          .key("description", STRING).required("value", STRING).build()))
      .key("secrets", mapOf("secret", mapping("workflow_call secret")
          .key("description", STRING).key("required", BOOLEAN).build()))
      .build();

  private static final Shape WORKFLOW_RUN = mapping("workflow_run event")
      .key("workflows", STRINGS).key("types", STRINGS)
      .key("branches", STRINGS).key("branches-ignore", STRINGS)
      .build();

  private static final Shape SCHEDULE = listOf(mapping("schedule").required("cron", STRING).build());

  private static final Shape TYPES_ONLY = mapping("event").key("types", STRINGS).build();

  /** The settings an event accepts under {@code on.<event>}. */
  static Shape eventConfig(String event) {
    return switch (event) {
      case "push" -> PUSH;
      case "pull_request", "pull_request_target" -> PULL_REQUEST;
      case "workflow_dispatch" -> WORKFLOW_DISPATCH;
      case "workflow_call" -> WORKFLOW_CALL;
      case "workflow_run" -> WORKFLOW_RUN;
      case "schedule" -> SCHEDULE;
      default -> TYPES_ONLY;
    };
  }

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
