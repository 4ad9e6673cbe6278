package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Plumbline never opens a network connection. A repository of every platform, whose remote
 * addresses (Terraform's {@code data "http"}, module and provider sources, a provider endpoint,
 * GitHub actions, reusable workflows and {@code docker://} images, GitLab remote, project and
 * template includes, Dockerfile base images and {@code ADD} URLs, Kubernetes images, remote
 * Kustomize resources, {@code curl} in scripts, the configuration's schema) point at a server
 * listening on the loopback interface, is linted in every report format; the server is reached
 * by no one, and no URL connection or socket asks the JVM's proxy selector about any address,
 * whatever its host.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NoNetworkTest {

  private static final List<String> FILE_FORMATS = List.of("sarif", "json", "junit", "gitlab",
      "github");

  @TempDir
  Path dir;

  private LoopbackServer server;
  private RecordingProxySelector proxies;

  @BeforeEach
  void listen() throws IOException {
    server = LoopbackServer.start();
    proxies = RecordingProxySelector.install();
  }

  @AfterEach
  void stop() throws IOException {
    proxies.close();
    server.close();
  }

  @Test
  void lintingRemoteReferencesInEveryFormatContactsNoOne() throws Exception {
    Path repo = repository(server.address());
    Path reports = dir.resolve("reports");
    List<String> args = new ArrayList<>(List.of("--format", "console"));
    for (String format : FILE_FORMATS) {
      args.add("--format");
      args.add(format + "=" + reports.resolve("plumbline." + format));
    }
    args.add(".");
    // ShellCheck runs where it is installed: a local process, not the network
    Map<String, String> env = new HashMap<>();
    if (System.getenv("PATH") != null) {
      env.put("PATH", System.getenv("PATH"));
    }
    CliRun run = CliRun.in(repo, env, args.toArray(String[]::new));

    List<String> contacts = server.contacts();
    assertThat(contacts).as("connections and datagrams that reached " + server.address())
        .isEmpty();
    assertThat(proxies.asked()).as("addresses a URL connection or socket asked about; "
        + "only the server's own probe may be among them").singleElement().satisfies(probe -> {
          assertThat(probe.getScheme()).isEqualTo("socket");
          assertThat(probe.getPort()).isEqualTo(server.port());
        });

    assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
    assertThat(run.stderr()).doesNotContain("internal error");
    assertThat(run.stdout()).contains("(6 files linted)");
    JsonNode findings = new ObjectMapper().readTree(reports.resolve("plumbline.json").toFile())
        .path("findings");
    assertThat(places(findings)).contains(
        "infra/main.tf:25 TF009", // git::http:// module source
        "infra/main.tf:33 TF009", // registry module on the server
        ".github/workflows/ci.yml:11 GHA001", // remote action
        ".github/workflows/ci.yml:12 GHA003", // docker:// image
        ".github/workflows/ci.yml:13 SH001", // curl | sh
        ".github/workflows/ci.yml:15 GHA002", // reusable workflow
        ".gitlab-ci.yml:2 GLC002", // remote include
        ".gitlab-ci.yml:3 GLC002", // project include
        ".gitlab-ci.yml:11 SH001",
        "Dockerfile:1 DKR002", // FROM the server
        "Dockerfile:2 DKR006", // ADD from the server
        "k8s/deploy.yaml:15 K8S003");
    assertReportsAgree(reports, findings.size());
  }

  /** "path:line ID" of each finding. */
  private static List<String> places(JsonNode findings) {
    List<String> places = new ArrayList<>();
    for (JsonNode f : findings) {
      places.add(f.path("path").asText() + ":" + f.at("/start/line").asInt() + " "
          + f.path("ruleId").asText());
    }
    return places;
  }

  /** Every report was written in full, with the same findings. */
  private static void assertReportsAgree(Path reports, int findings) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode sarif = json.readTree(reports.resolve("plumbline.sarif").toFile());
    assertThat(sarif.at("/runs/0/results")).hasSize(findings);
    assertThat(sarif.at("/runs/0/invocations/0/executionSuccessful").asBoolean(false)).isTrue();
    assertThat(json.readTree(reports.resolve("plumbline.gitlab").toFile())).hasSize(findings);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // the test itself must not fetch anything a report might name
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document junit = factory.newDocumentBuilder().parse(reports.resolve("plumbline.junit")
        .toFile());
    assertThat(junit.getElementsByTagName("failure").getLength()).isPositive();
    assertThat(Files.readAllLines(reports.resolve("plumbline.github"), StandardCharsets.UTF_8))
        .filteredOn(line -> line.startsWith("::")).hasSize(findings)
        .anySatisfy(line -> assertThat(line).startsWith("::warning file=Dockerfile,line=2,"));
  }

  /** A repository whose remote references all point at {@code address} ({@code host:port}). */
  private Path repository(String address) throws IOException {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    write(repo, ".plumbline.yml", """
        # yaml-language-server: $schema=http://{server}/plumbline.schema.json
        fail-on: warning
        """, address);
    write(repo, "infra/main.tf", """
        terraform {
          required_providers {
            widget = {
              source  = "{server}/acme/widget"
              version = "1.0.0"
            }
          }
          backend "http" {
            address = "http://{server}/state"
          }
        }

        provider "aws" {
          region = "eu-west-1"
          endpoints {
            s3 = "http://{server}/s3"
          }
        }

        data "http" "payload" {
          url = "http://{server}/x"
        }

        module "from_git" {
          source = "git::http://{server}/m.git"
        }

        module "from_zip" {
          source = "http://{server}/m.zip"
        }

        module "from_registry" {
          source = "{server}/acme/network/aws"
        }

        resource "aws_s3_bucket" "data" {
          bucket = data.http.payload.response_body
          tags = {
            fetched = jsondecode(data.http.payload.response_body).name
          }
        }

        output "remote" {
          value = file("http://{server}/file")
        }
        """, address);
    write(repo, ".github/workflows/ci.yml", """
        on: push
        permissions:
          contents: read
        jobs:
          build:
            runs-on: ubuntu-latest
            timeout-minutes: 10
            container:
              image: {server}/builder:1
            steps:
              - uses: acme/remote-action@v1
              - uses: docker://{server}/img:1
              - run: curl -fsSL http://{server}/install.sh | sh
          reuse:
            uses: acme/pipelines/.github/workflows/build.yml@main
        """, address);
    write(repo, ".gitlab-ci.yml", """
        include:
          - remote: http://{server}/ci.yml
          - project: acme/pipelines
            file: /templates/build.yml
          - template: Auto-DevOps.gitlab-ci.yml
          - component: {server}/acme/components/build@1.0

        build:
          image: {server}/img:1
          script:
            - curl http://{server}/run.sh | bash
        """, address);
    write(repo, "Dockerfile", """
        FROM {server}/img
        ADD http://{server}/f /f
        ADD http://{server}/repo.git#main /src
        COPY --from={server}/tools:1 /bin/tool /usr/local/bin/tool
        RUN curl -fsSL http://{server}/setup.sh | sh
        """, address);
    write(repo, "k8s/deploy.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: app
        spec:
          selector:
            matchLabels:
              app: app
          template:
            metadata:
              labels:
                app: app
            spec:
              containers:
                - name: app
                  image: {server}/app:1
        """, address);
    write(repo, "k8s/kustomization.yaml", """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
          - deploy.yaml
          - http://{server}/remote.yaml
          - https://{server}/acme/base?ref=v1
        """, address);
    write(repo, "k8s/configmap.yaml", """
        # yaml-language-server: $schema=http://{server}/schema.json
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          endpoint: http://{server}/api
        """, address);
    return repo;
  }

  /** Writes {@code text} with every {@code {server}} replaced by the server's address. */
  private static void write(Path repo, String path, String text, String address)
      throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text.replace("{server}", address), StandardCharsets.UTF_8);
  }
}
