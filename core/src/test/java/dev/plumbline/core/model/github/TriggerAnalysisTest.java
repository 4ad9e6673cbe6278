package dev.plumbline.core.model.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.source.SourceFile;
import dev.plumbline.core.yaml.YamlMapping;
import dev.plumbline.core.yaml.YamlParser;
import org.junit.jupiter.api.Test;

class TriggerAnalysisTest {

  private static TriggerAnalysis analysis(String on) {
    SourceFile file = SourceFile.of("ci.yml", on + "\njobs: {}\n");
    Workflow workflow =
        new Workflow((YamlMapping) new YamlParser().parse(file).documents().get(0).root());
    return workflow.triggerAnalysis();
  }

  @Test
  void pullRequestTargetIsPrivilegedDangerousAndReachable() {
    TriggerAnalysis a = analysis("on: pull_request_target");

    assertThat(a.isPrivileged()).isTrue();
    assertThat(a.isForkReachable()).isTrue();
    assertThat(a.dangerous()).extracting(Trigger::event).containsExactly("pull_request_target");
  }

  @Test
  void pullRequestIsReachableButNotPrivileged() {
    TriggerAnalysis a = analysis("on: [pull_request, pull_request_review]");

    assertThat(a.isPrivileged()).isFalse();
    assertThat(a.forkReachable()).extracting(Trigger::event)
        .containsExactly("pull_request", "pull_request_review");
    assertThat(a.dangerous()).isEmpty();
  }

  @Test
  void issueEventsArePrivilegedButNotDangerous() {
    TriggerAnalysis a = analysis("""
        on:
          issue_comment:
            types: [created]
          push:
          discussion:
        """);

    assertThat(a.privileged()).extracting(Trigger::event)
        .containsExactly("issue_comment", "discussion");
    assertThat(a.dangerous()).isEmpty();
    assertThat(a.trigger("push")).isPresent();
  }

  @Test
  void eventsNeedingWriteAccessAreNeitherPrivilegedNorReachable() {
    TriggerAnalysis a = analysis("on: [push, schedule, workflow_dispatch, release, fork, watch]");

    assertThat(a.isPrivileged()).isFalse();
    assertThat(a.isForkReachable()).isFalse();
    assertThat(a.triggers()).hasSize(6);
  }

  @Test
  void workflowRunIsFoundIgnoringCaseAndWhereItIsWritten() {
    TriggerAnalysis a = analysis("on:\n  Workflow_Run:\n    workflows: [ci]\n");

    assertThat(a.has("workflow_run")).isTrue();
    assertThat(a.dangerous()).singleElement()
        .satisfies(t -> assertThat(t.span().start().line()).isEqualTo(2));
  }

  @Test
  void reusableWorkflowsSayTheirEventsAreUnknown() {
    assertThat(analysis("on: workflow_call").isReusable()).isTrue();
    assertThat(analysis("on: workflow_call").isPrivileged()).isFalse();
    assertThat(analysis("on: push").isReusable()).isFalse();
  }

  @Test
  void staticQueriesIgnoreCase() {
    assertThat(TriggerAnalysis.isPrivileged("Pull_Request_Target")).isTrue();
    assertThat(TriggerAnalysis.isPrivileged("pull_request")).isFalse();
    assertThat(TriggerAnalysis.isForkReachable("pull_request")).isTrue();
    assertThat(TriggerAnalysis.isForkReachable("push")).isFalse();
  }
}
