package dev.plumbline.rules.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitlabScriptInjectionTest {

  private static List<String> lint(String... pathsAndTexts) {
    return GitLabLint.findings("GLC009", Map.of(), pathsAndTexts);
  }

  @Test
  void aTemplateScriptInAnIncludedFileIsReportedThereOnce() {
    List<String> findings = lint(
        ".gitlab-ci.yml", """
            include:
              - local: .gitlab/ci/notify.yml
            first:
              extends: .notify
            second:
              extends: .notify
            """,
        ".gitlab/ci/notify.yml", """
            .notify:
              script:
                - echo start
                - eval "notify $CI_COMMIT_TITLE"
            """);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0)).startsWith(".gitlab/ci/notify.yml:4:20 '$CI_COMMIT_TITLE'");
  }

  @Test
  void singleQuotedScriptsAreReadByTheInnerShell() {
    List<String> findings = lint(".gitlab-ci.yml", """
        job:
          script:
            - bash -c 'echo $CI_COMMIT_MESSAGE; eval "x $CI_COMMIT_BRANCH"'
            - sh -c "echo '$CI_COMMIT_REF_NAME'"
        """);
    // inner eval of the branch; the ref name is expanded by the outer shell despite the quotes
    assertThat(findings).extracting(f -> f.substring(0, f.indexOf(' ')))
        .containsExactly(".gitlab-ci.yml:3:49", ".gitlab-ci.yml:4:20");
  }

  @Test
  void wrappersAndShellsStartedByOtherProgramsAreSeen() {
    List<String> findings = lint(".gitlab-ci.yml", """
        job:
          script:
            - sudo -u app bash -lc "deploy $CI_COMMIT_TAG"
            - kubectl exec pod -- sh -c "echo ${CI_MERGE_REQUEST_TITLE}"
            - timeout 60 $CI_COMMIT_BRANCH
            - su app -c "run $CI_COMMIT_AUTHOR"
        """);
    assertThat(findings).hasSize(4);
    assertThat(findings.get(2)).contains("is run as a command");
  }

  @Test
  void singleQuotedSegmentsSkipDoubleQuotedText() {
    assertThat(GitlabScriptInjection.singleQuoted("'a'\"'b'\"'c'"))
        .extracting(r -> r[0] + "-" + r[1]).containsExactly("1-2", "9-10");
    assertThat(GitlabScriptInjection.singleQuoted("\\'x 'open")).isEmpty();
  }
}
