package dev.plumbline.rules.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HardcodedSecretVariableTest {

  private static final String LEAK = "has a literal value written in the pipeline file, where "
      + "everyone who can read the repository can read it";

  @Test
  void aTemplateSecretIsReportedOnceInItsFileWithoutItsValue() {
    assertThat(GitLabLint.findings("GLC003",
        ".gitlab-ci.yml", """
            include: [{local: ci/templates.yml}]
            a:
              extends: .publish
              script: [npm publish]
            b:
              extends: .publish
              script: [npm publish --tag next]
            """,
        "ci/templates.yml", """
            .publish:
              variables:
                NPM_TOKEN: npm_s3cr3tvalue
            """))
        .containsExactly("ci/templates.yml:3:16 variable 'NPM_TOKEN' " + LEAK)
        .noneMatch(f -> f.contains("s3cr3t"));
  }

  @Test
  void serviceDatabasePasswordsNeedTheServiceToBeNotes() {
    assertThat(GitLabLint.findings("GLC003",
        ".gitlab-ci.yml", """
            variables:
              MYSQL_ROOT_PASSWORD: root
            test:
              services: [mariadb:11.2]
              script: [make test]
            deploy:
              variables:
                POSTGRES_PASSWORD: prod-db-pass
              script: [make deploy]
            """))
        .containsExactly(
            ".gitlab-ci.yml:2:24 variable 'MYSQL_ROOT_PASSWORD' gives the service database a "
                + "password written in the pipeline file; harmless for a database that lives "
                + "only for the job, a leak if the password is used elsewhere",
            ".gitlab-ci.yml:8:24 variable 'POSTGRES_PASSWORD' " + LEAK);
  }

  @Test
  void rulesAndWorkflowVariablesAreJudgedAndReferencesAreNot() {
    assertThat(GitLabLint.findings("GLC003",
        ".gitlab-ci.yml", """
            workflow:
              rules:
                - if: $CI_COMMIT_TAG
                  variables: {RELEASE_TOKEN: glpat-abcdefghij0123456789}
                - when: always
            test:
              rules:
                - if: $CI_COMMIT_BRANCH
                  variables: {API_KEY: "${STAGING_API_KEY}", SECRET_KEY: 12345678}
              script: [make test]
            """))
        .containsExactly(".gitlab-ci.yml:4:34 variable 'RELEASE_TOKEN' " + LEAK,
            ".gitlab-ci.yml:9:62 variable 'SECRET_KEY' " + LEAK);
  }
}
