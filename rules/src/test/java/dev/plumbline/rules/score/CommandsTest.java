package dev.plumbline.rules.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.model.script.ShellKind;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.source.SourceFile;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How CI commands read for the score. */
class CommandsTest {

  private static Command command(String text) {
    SourceFile file = SourceFile.of("ci.yml", text);
    return new Script(text, ShellKind.BASH, Set.of(), Script.Origin.GITHUB_RUN, file::span)
        .commands().get(0);
  }

  @Test
  void imageScansAreTrivyImageGrypeSnykContainerAndScout() {
    assertThat(Commands.scansImage(command("trivy image app:1"))).isTrue();
    assertThat(Commands.scansImage(command("trivy --exit-code 1 --severity HIGH image app:1")))
        .isTrue();
    assertThat(Commands.scansImage(command("trivy app:1"))).isTrue();
    assertThat(Commands.scansImage(command("trivy fs ."))).isFalse();
    assertThat(Commands.scansImage(command("trivy config --exit-code 1 k8s/"))).isFalse();
    assertThat(Commands.scansImage(command("grype app:1"))).isTrue();
    assertThat(Commands.scansImage(command("grype -o json dir:."))).isFalse();
    assertThat(Commands.scansImage(command("grype db update"))).isFalse();
    assertThat(Commands.scansImage(command("snyk container test app:1"))).isTrue();
    assertThat(Commands.scansImage(command("snyk test"))).isFalse();
    assertThat(Commands.scansImage(command("docker scout cves app:1"))).isTrue();
    assertThat(Commands.scansImage(command("docker build -t app ."))).isFalse();
  }

  @Test
  void aGateFailsTheJobOnHighVulnerabilities() {
    assertThat(Commands.gatesOnHigh(command("trivy image --exit-code 1 --severity HIGH,CRITICAL "
        + "app:1"))).isTrue();
    assertThat(Commands.gatesOnHigh(command("trivy image --exit-code=1 app:1"))).isTrue();
    assertThat(Commands.gatesOnHigh(command("trivy image --exit-code 1 --severity CRITICAL "
        + "app:1"))).as("HIGH passes").isFalse();
    assertThat(Commands.gatesOnHigh(command("trivy image --exit-code 0 app:1"))).isFalse();
    assertThat(Commands.gatesOnHigh(command("trivy image app:1"))).as("exits 0 by default")
        .isFalse();
    assertThat(Commands.gatesOnHigh(command("grype app:1 --fail-on high"))).isTrue();
    assertThat(Commands.gatesOnHigh(command("grype app:1 --fail-on critical"))).isFalse();
    assertThat(Commands.gatesOnHigh(command("grype app:1"))).isFalse();
    assertThat(Commands.gatesOnHigh(command("snyk container test app:1"))).isTrue();
    assertThat(Commands.gatesOnHigh(command("snyk container test app:1 "
        + "--severity-threshold=critical"))).isFalse();
    assertThat(Commands.gatesOnHigh(command("docker scout cves --exit-code app:1"))).isTrue();
    assertThat(Commands.gatesOnHigh(command("trivy fs --exit-code 1 ."))).isFalse();
  }

  @Test
  void rolloutChecksAndRollbacks() {
    assertThat(Commands.checksRollout(command("kubectl rollout status deployment/app")))
        .isTrue();
    assertThat(Commands.checksRollout(command("kubectl -n shop rollout status deploy/app")))
        .isTrue();
    assertThat(Commands.checksRollout(command("kubectl -n shop wait --for=condition=available "
        + "deploy/app"))).isTrue();
    assertThat(Commands.checksRollout(command("helm upgrade --install app ./chart --wait")))
        .isTrue();
    assertThat(Commands.checksRollout(command("helm upgrade --install app ./chart"))).isFalse();
    assertThat(Commands.checksRollout(command("kubectl apply -f k8s/"))).isFalse();
    assertThat(Commands.checksRollout(command("aws ecs wait services-stable --cluster c")))
        .isTrue();
    assertThat(Commands.rollsBack(command("helm rollback app 3"))).isTrue();
    assertThat(Commands.rollsBack(command("helm upgrade --install app ./chart --atomic")))
        .isTrue();
    assertThat(Commands.rollsBack(command("kubectl rollout undo deployment/app"))).isTrue();
    assertThat(Commands.rollsBack(command("./scripts/rollback.sh production"))).isTrue();
    assertThat(Commands.rollsBack(command("kubectl rollout restart deployment/app")))
        .isFalse();
  }

  @Test
  void driftPlansAndSecretManagers() {
    assertThat(Commands.plansInfrastructure(command("terraform -chdir=infra plan "
        + "-detailed-exitcode"))).isTrue();
    assertThat(Commands.plansInfrastructure(command("terragrunt run-all plan"))).isTrue();
    assertThat(Commands.plansInfrastructure(command("terraform apply -auto-approve")))
        .isFalse();
    assertThat(Commands.plansInfrastructure(command("driftctl scan"))).isTrue();
    assertThat(Commands.readsSecretManager(command("vault kv get -field=token secret/app")))
        .isTrue();
    assertThat(Commands.readsSecretManager(command("aws secretsmanager get-secret-value "
        + "--secret-id app"))).isTrue();
    assertThat(Commands.readsSecretManager(command("aws ssm get-parameter --name /app/key "
        + "--with-decryption"))).isTrue();
    assertThat(Commands.readsSecretManager(command("gcloud secrets versions access latest "
        + "--secret=app"))).isTrue();
    assertThat(Commands.readsSecretManager(command("sops -d secrets.enc.yaml"))).isTrue();
    assertThat(Commands.readsSecretManager(command("aws s3 cp a b"))).isFalse();
  }
}
